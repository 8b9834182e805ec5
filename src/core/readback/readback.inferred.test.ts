import { describe, expect, it } from 'vitest';
import {
  frame,
  handGrid,
  rawItem,
  shapeLabel,
  sticky,
  textItem,
} from '../../test/snapshotBuilders.ts';
import type { RawSnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { buildSnapshot } from '../snapshot/buildSnapshot.ts';
import { readback } from './readback.ts';

// Frame (0, 0) 2300 × 1600. Stage labels 420–980, 1020–1580, 1620–2180 at y 200–280;
// lane labels x 40–340 at y 320–680, 720–1080, 1120–1480. Grid left (340 + 420) / 2 = 380,
// top (280 + 320) / 2 = 300; columns meet at 1000 and 1600, rows at 700 and 1100.
const grid = handGrid({
  frameId: 'f',
  at: { x: 0, y: 0 },
  stages: ['Discover', 'Buy', 'Use'],
  lanes: ['Doing', 'Feelings', 'Pains'],
});

function read(...items: RawSnapshotItem[]) {
  return readback(buildSnapshot(items));
}

describe('readback of hand-made maps (inferred)', () => {
  it('[R13] reads stage labels left to right and lane labels top to bottom, with kinds', () => {
    const [map] = read(...grid).maps;
    expect(map?.structure).toBe('inferred');
    expect(map?.stages).toEqual([
      { id: 'stage-1', name: 'Discover' },
      { id: 'stage-2', name: 'Buy' },
      { id: 'stage-3', name: 'Use' },
    ]);
    expect(map?.lanes).toEqual([
      { id: 'lane-1', name: 'Doing', kind: 'actions' },
      { id: 'lane-2', name: 'Feelings', kind: 'emotions' },
      { id: 'lane-3', name: 'Pains', kind: 'painPoints' },
    ]);
    expect(map?.persona).toBeNull();
  });

  it('[R4] does not read a parking lot, a persona board or an empty frame as a map', () => {
    const result = read(
      frame('lot', { x: 0, y: 0, width: 2000, height: 1000 }, 'Parking lot'),
      sticky('p1', { cx: 200, cy: 200 }, 'idea one', { parentId: 'lot' }),
      sticky('p2', { cx: 500, cy: 200 }, 'idea two', { parentId: 'lot' }),
      sticky('p3', { cx: 200, cy: 500 }, 'idea three', { parentId: 'lot' }),
      frame('persona', { x: 3000, y: 0, width: 1500, height: 1000 }, 'Persona'),
      textItem('name', { x: 3100, y: 100, width: 400, height: 60 }, 'Maya, 34', {
        parentId: 'persona',
      }),
      shapeLabel('bio', { x: 3100, y: 200, width: 800, height: 400 }, 'Shops weekly', {
        parentId: 'persona',
      }),
      frame('empty', { x: 0, y: 3000, width: 1000, height: 1000 }, 'Empty'),
    );
    expect(result).toEqual({ maps: [], warnings: [] });
  });

  it('[R11] does not read a grid of same-coloured stickies as a map', () => {
    const notes = [0, 1, 2].flatMap((row) =>
      [0, 1, 2].map((col) =>
        sticky(`n${row}${col}`, { cx: 200 + col * 300, cy: 200 + row * 300 }, `idea ${row}${col}`),
      ),
    );
    expect(read(frame('lot', { x: 0, y: 0, width: 1200, height: 1200 }), ...notes).maps).toEqual(
      [],
    );
  });

  it('[R11] reads sticky labels with a stray sticky of their colour at the corner, as a note', () => {
    const labels = handGrid({
      frameId: 's',
      at: { x: 0, y: 0 },
      stages: ['Discover', 'Buy', 'Use'],
      lanes: ['Doing', 'Feelings', 'Pains'],
      labels: 'sticky',
    });
    // orange like the labels, level with the stage row and in line with the lane column, with
    // no orange note inside the grid: not the corner of a block of notes
    const stray = sticky('stray', { cx: 190, cy: 240 }, 'Bring helmets?', { color: 'orange' });
    const note = sticky('n', { cx: 700, cy: 500 }, 'Reads reviews', { parentId: 's' });
    const [map] = read(...labels, stray, note).maps;
    expect(map?.stages.map((stage) => stage.name)).toEqual(['Discover', 'Buy', 'Use']);
    expect(map?.notes.map((n) => [n.id, n.stageId, n.laneId])).toEqual([
      ['n', 'stage-1', 'lane-1'],
    ]);
    expect(map?.unplaced).toEqual([
      { id: 'stray', text: 'Bring helmets?', reason: 'above the stage headers' },
    ]);
  });

  it('[R11] takes no stack of overlapping notes for a column of lane labels', () => {
    // four red notes piled 18 apart below a row of yellow notes, on a map labelled by orange
    // stickies: the stack would make more lanes than the labels, but it is notes, in one cell
    const labels = handGrid({
      frameId: 'f',
      at: { x: 0, y: 0 },
      stages: ['Discover', 'Buy', 'Use'],
      lanes: ['Doing', 'Feelings', 'Pains'],
      labels: 'sticky',
    });
    const stack = [0, 1, 2, 3].map((k) =>
      sticky(`p${k}`, { cx: 600 + 18 * k, cy: 1250 + 16 * k }, `pain ${k}`, { color: 'red' }),
    );
    const row = [1300, 1900].map((cx, k) =>
      sticky(`y${k}`, { cx, cy: 900 }, `feeling ${k}`, { color: 'light_yellow' }),
    );
    const [map] = read(...labels, ...stack, ...row).maps;
    expect(map?.lanes.map((lane) => lane.name)).toEqual(['Doing', 'Feelings', 'Pains']);
    expect(map?.notes.filter((n) => n.id.startsWith('p')).map((n) => n.laneId)).toEqual([
      'lane-3',
      'lane-3',
      'lane-3',
      'lane-3',
    ]);
  });

  it('[R11] takes no row of notes reaching down into the lane labels for the stage row', () => {
    // found by the R38 property (seed -1628234418): a tall pink sticky dropped on the first stage
    // header lines up with a pink note above the map; the two reach down past the first lane
    // label's top, so they are notes lying across the labels, not a lower stage row
    const o = { parentId: 'f', color: 'orange' as const };
    const items = [
      frame('f', { x: 0, y: 0, width: 800, height: 845 }),
      sticky('s1', { cx: 475, cy: 240 }, 'Discover', { ...o, width: 110, height: 80 }),
      sticky('s2', { cx: 625, cy: 240 }, 'Compare', { ...o, width: 110, height: 80 }),
      sticky('l1', { cx: 190, cy: 447.5 }, 'Doing', { ...o, width: 300, height: 255 }),
      sticky('l2', { cx: 190, cy: 670 }, 'Thinking', { ...o, width: 300, height: 110 }),
      sticky('n0', { cx: 341, cy: 89 }, 'note n0', { color: 'light_pink', width: 20, height: 101 }),
      sticky('tall', { cx: 475, cy: 240 }, 'dropped on a header', {
        color: 'light_pink',
        width: 20,
        height: 302,
      }),
    ];
    const [map] = read(...items).maps;
    expect(map?.stages.map((stage) => stage.name)).toEqual(['Discover', 'Compare']);
  });

  it('[R11] reads a note of the labels’ colour across the lane column’s edge as a note, not a stage', () => {
    // found by the R38 property (seed 1630824427): level with the stage row, but reaching 9 left
    // of the lane labels' right edge (more than its 8 of slack), so the map is still read
    const o = { parentId: 'f', color: 'orange' as const };
    const [map] = read(
      frame('f', { x: 0, y: 0, width: 800, height: 700 }),
      sticky('s1', { cx: 475, cy: 240 }, 'Discover', { ...o, width: 110, height: 80 }),
      sticky('s2', { cx: 625, cy: 240 }, 'Compare', { ...o, width: 110, height: 80 }),
      sticky('l1', { cx: 190, cy: 375 }, 'Doing', { ...o, width: 300, height: 110 }),
      sticky('l2', { cx: 190, cy: 525 }, 'Thinking', { ...o, width: 300, height: 110 }),
      sticky('n0', { cx: 341, cy: 171 }, 'note n0', { color: 'orange', width: 20, height: 138 }),
    ).maps;
    expect(map?.stages.map((stage) => stage.name)).toEqual(['Discover', 'Compare']);
    expect(map?.unplaced.map((note) => note.id)).toEqual(['n0']);
  });

  it('[R11] takes no note dropped on a sticky stage label, of any colour, for a label', () => {
    // found by the R38 property (seed 697458249): a black note dropped on the first stage label
    // lines up with a black note above the map into a row as low as the stage row
    const o = { parentId: 'f', color: 'orange' as const };
    const [map] = read(
      frame('f', { x: 0, y: 0, width: 1401, height: 700 }),
      sticky('s1', { cx: 475, cy: 240 }, 'Discover', { ...o, width: 110, height: 80 }),
      sticky('s2', { cx: 925.5, cy: 240 }, 'Compare', { ...o, width: 711, height: 80 }),
      sticky('l1', { cx: 190, cy: 375 }, 'Doing', { ...o, width: 300, height: 110 }),
      sticky('l2', { cx: 190, cy: 525 }, 'Thinking', { ...o, width: 300, height: 110 }),
      sticky('n0', { cx: 342, cy: 146 }, 'note n0', { color: 'black', width: 20, height: 182 }),
      sticky('dropped', { cx: 475, cy: 237 }, 'on a header', {
        color: 'black',
        width: 20,
        height: 86,
      }),
    ).maps;
    expect(map?.stages.map((stage) => stage.name)).toEqual(['Discover', 'Compare']);
  });

  it('[R4] warns about a frame that looks half like a map', () => {
    const result = read(
      frame('half', { x: 0, y: 0, width: 2000, height: 1000 }, 'Draft journey'),
      textItem('corner', { x: 40, y: 40, width: 200, height: 60 }, 'Stages'),
      shapeLabel('s1', { x: 300, y: 40, width: 300, height: 80 }, 'Discover'),
      shapeLabel('s2', { x: 700, y: 40, width: 300, height: 80 }, 'Buy'),
    );
    expect(result.maps).toEqual([]);
    expect(result.warnings).toEqual([
      'Frame "Draft journey" has labels like a journey map but no row of stage labels across the top with a column of lane labels down the left; it was not read as a map: it has a row of labels ("Discover", "Buy") but no column of lane labels down the left below it.',
    ]);
  });

  it('[R9] reads stickies used as labels, and does not list them as notes', () => {
    const labelled = handGrid({
      frameId: 'f',
      at: { x: 0, y: 0 },
      stages: ['Discover', 'Buy', 'Use'],
      lanes: ['Doing', 'Feelings', 'Pains'],
      labels: 'sticky',
    });
    const result = read(...labelled, sticky('n', { cx: 1300, cy: 900 }, 'Happy'));
    const [map] = result.maps;
    expect(map?.stages.map((s) => s.name)).toEqual(['Discover', 'Buy', 'Use']);
    expect(map?.lanes.map((l) => l.name)).toEqual(['Doing', 'Feelings', 'Pains']);
    expect(map?.notes.map((note) => [note.id, note.stageId, note.laneId])).toEqual([
      ['n', 'stage-2', 'lane-2'],
    ]);
    expect(map?.unplaced).toEqual([]);
  });

  it('[R10] reads left-aligned text labels of different widths', () => {
    const texts = [
      frame('t', { x: 0, y: 0, width: 2000, height: 1400 }),
      textItem('a', { x: 500, y: 100, width: 120, height: 50 }, 'Search'),
      textItem('b', { x: 1000, y: 100, width: 300, height: 50 }, 'Compare offers'),
      textItem('c', { x: 1500, y: 100, width: 90, height: 50 }, 'Buy'),
      textItem('d', { x: 40, y: 300, width: 80, height: 50 }, 'Do'),
      textItem('e', { x: 40, y: 700, width: 380, height: 50 }, 'Pain points and frustrations'),
    ];
    const [map] = read(...texts).maps;
    expect(map?.stages.map((s) => s.name)).toEqual(['Search', 'Compare offers', 'Buy']);
    expect(map?.lanes.map((l) => [l.name, l.kind])).toEqual([
      ['Do', 'custom'],
      ['Pain points and frustrations', 'painPoints'],
    ]);
  });

  it('[R9] ignores a big title, scale marks, empty shapes and a "Phases" corner label', () => {
    const extras = [
      textItem('big', { x: 420, y: 40, width: 500, height: 120 }, 'Our journey', {
        fontSize: 96,
        parentId: 'f',
      }),
      textItem('sub', { x: 1100, y: 60, width: 300, height: 60 }, 'v2', { parentId: 'f' }),
      textItem('phases', { x: 40, y: 200, width: 300, height: 80 }, 'Phases', { parentId: 'f' }),
      ...['+2', '+1', '0', '−1', '−2'].map((mark, i) =>
        textItem(`m${i}`, { x: 300, y: 730 + i * 70, width: 40, height: 40 }, mark, {
          parentId: 'f',
        }),
      ),
      shapeLabel('band', { x: 380, y: 700, width: 1920, height: 400 }, '', { parentId: 'f' }),
      shapeLabel('line', { x: 998, y: 300, width: 4, height: 1300 }, '', { parentId: 'f' }),
    ];
    const [map] = read(...grid, ...extras).maps;
    expect(map?.stages.map((s) => s.name)).toEqual(['Discover', 'Buy', 'Use']);
    expect(map?.lanes.map((l) => l.name)).toEqual(['Doing', 'Feelings', 'Pains']);
  });

  it('[R9] treats a "Stages" sticky in the corner as a label, not a note', () => {
    const result = read(
      ...grid,
      sticky('corner', { cx: 190, cy: 200 }, 'Stages', { parentId: 'f' }),
    );
    expect(result.maps[0]?.notes).toEqual([]);
    expect(result.maps[0]?.unplaced).toEqual([]);
  });

  it('[R15] scores by height in an emotions lane drawn as a scale', () => {
    // lane 2 spans 700–1100: fifths of 80
    const marks = ['+2', '+1', '0', '−1', '−2'].map((mark, i) =>
      textItem(`m${i}`, { x: 300, y: 720 + i * 80, width: 40, height: 40 }, mark, {
        parentId: 'f',
      }),
    );
    const notes = [
      sticky('hi', { cx: 600, cy: 740 }, 'Found it', { width: 100, height: 60 }),
      sticky('lo', { cx: 1200, cy: 1090 }, 'Lost it', { width: 100, height: 60 }),
    ];
    const withScale = read(...grid, ...marks, ...notes).maps[0]?.notes.map((n) => [
      n.id,
      n.emotion,
    ]);
    const withoutScale = read(...grid, ...notes).maps[0]?.notes.map((n) => [n.id, n.emotion]);
    expect(withScale).toEqual([
      ['hi', 2],
      ['lo', -2],
    ]);
    expect(withoutScale).toEqual([
      ['hi', null],
      ['lo', null],
    ]);
  });

  it('[R9] reads a map drawn with shapes but ignores a sticky row above it', () => {
    const result = read(
      ...grid,
      sticky('x1', { cx: 1200, cy: 100 }, 'Reminder', { color: 'violet' }),
      sticky('x2', { cx: 1500, cy: 100 }, 'Reminder', { color: 'violet' }),
      rawItem('conn', 'other', { x: 0, y: 0, width: 10, height: 10 }),
    );
    expect(result.maps[0]?.stages.map((s) => s.name)).toEqual(['Discover', 'Buy', 'Use']);
    expect(result.maps[0]?.unplaced.map((u) => [u.id, u.reason])).toEqual([
      ['x1', 'above the stage headers'],
      ['x2', 'above the stage headers'],
    ]);
  });
});
