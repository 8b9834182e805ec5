import { describe, expect, it } from 'vitest';
import { legendMap, type LegendEntrySpec } from '../../test/legendMap.ts';
import { card, handGrid, rawItem, sticky, textItem } from '../../test/snapshotBuilders.ts';
import type { NoteColor } from '../model/noteColor.ts';
import type { RawSnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { buildSnapshot } from '../snapshot/buildSnapshot.ts';
import { readback } from './readback.ts';

const ENTRIES: LegendEntrySpec[] = [
  { color: 'light_yellow', name: 'Actions' },
  { color: 'light_pink', name: 'Questions' },
  { color: 'red', name: 'Pain points' },
  { color: 'light_green', name: 'Ideas' },
];
const STAGES = ['Discover', 'Buy', 'Use'];
const LANES = [
  { id: 'lane-1', name: 'Actions', kind: 'actions', color: 'light_yellow' },
  { id: 'lane-2', name: 'Questions', kind: 'thoughts', color: 'light_pink' },
  { id: 'lane-3', name: 'Pain points', kind: 'painPoints', color: 'red' },
  { id: 'lane-4', name: 'Ideas', kind: 'opportunities', color: 'light_green' },
];

// Frame (0, 0) 2300 × 1980; stage labels 420–980, 1020–1580, 1620–2180 at y 300–380; a column
// legend's right edge is 340, so the grid starts at (340 + 420) / 2 = 380; columns meet at 1000
// and 1600 and end at 2300; every lane's row runs from 380 (the labels' bottom) to 1980.
const columnLegend = legendMap({
  frameId: 'f',
  stages: STAGES,
  entries: ENTRIES,
  legend: 'column',
});

function note(id: string, cx: number, cy: number, color: NoteColor) {
  return sticky(id, { cx, cy }, `note ${id}`, { color, parentId: 'f', width: 100, height: 100 });
}

function read(...items: RawSnapshotItem[]) {
  return readback(buildSnapshot(items));
}

describe('readback of maps whose lanes come from a colour legend', () => {
  it('[R30] has one lane per legend entry, in the column legend’s order, with kind and colour', () => {
    const [map] = read(...columnLegend).maps;
    expect(map?.structure).toBe('inferred');
    expect(map?.stages.map((stage) => stage.name)).toEqual(STAGES);
    expect(map?.lanes).toEqual(LANES);
  });

  it('[R29] reads a row legend above the stage labels left to right', () => {
    const items = legendMap({ frameId: 'f', stages: STAGES, entries: ENTRIES, legend: 'row' });
    const [map] = read(...items).maps;
    expect(map?.stages.map((stage) => stage.name)).toEqual(STAGES);
    expect(map?.lanes).toEqual(LANES);
  });

  it('[R28] takes filled shapes as swatches, by the sticky colour nearest their fill', () => {
    const items = legendMap({
      frameId: 'f',
      stages: STAGES,
      entries: ENTRIES,
      legend: 'column',
      swatches: 'shape',
    }).map((item) => (item.id === 'f-w3' ? { ...item, fill: '#f26b80' } : item));
    const [map] = read(...items).maps;
    expect(map?.lanes).toEqual(LANES);
  });

  it('[R28] takes a sticky whose own text is the name as an entry', () => {
    for (const legend of ['column', 'row'] as const) {
      const items = legendMap({
        frameId: 'f',
        stages: STAGES,
        entries: ENTRIES,
        legend,
        swatches: 'namedSticky',
      });
      const [map] = read(...items).maps;
      expect(map?.lanes).toEqual(LANES);
      expect(map?.notes).toEqual([]);
      expect(map?.unplaced).toEqual([]);
    }
  });

  it('[R28] does not take a white shape or an empty sticky without a name as a swatch', () => {
    // Without a legend, the names are a column of lane labels below the stage row (R11).
    const white = legendMap({
      frameId: 'f',
      stages: STAGES,
      entries: ENTRIES.slice(0, 2),
      legend: 'column',
      swatches: 'shape',
    }).map((item) => (item.id === 'f-w2' ? { ...item, fill: '#ffffff' } : item));
    const [whiteMap] = read(...white).maps;
    expect(whiteMap?.lanes.map((lane) => lane.color)).toEqual([undefined, undefined]);
    // The names left, an empty sticky names nothing: a frame with stage labels only is no map.
    const unnamed = legendMap({ frameId: 'f', stages: STAGES, entries: ENTRIES, legend: 'column' });
    expect(read(...unnamed.filter((item) => !/^f-n\d$/.test(item.id))).maps).toEqual([]);
  });

  it('[R29] needs as many colours as entries: a repeated colour makes no legend', () => {
    // Without a legend, the names are a column of lane labels below the stage row (R11).
    const repeated = legendMap({
      frameId: 'f',
      stages: STAGES,
      entries: [...ENTRIES.slice(0, 2), { color: 'light_yellow', name: 'Doing' }],
      legend: 'column',
    });
    const [map] = read(...repeated).maps;
    expect(map?.lanes.map((lane) => [lane.name, lane.color])).toEqual([
      ['Actions', undefined],
      ['Questions', undefined],
      ['Doing', undefined],
    ]);
  });

  it('[R31] puts each note in the lane of its colour and the stage of its column', () => {
    const [map] = read(
      ...columnLegend,
      note('a', 700, 1800, 'light_yellow'),
      note('b', 1300, 500, 'red'),
      note('c', 1999, 1000, 'light_green'),
      note('d', 2000, 1000, 'light_pink'),
    ).maps;
    expect(map?.notes.map((n) => [n.id, n.stageId, n.laneId])).toEqual([
      ['a', 'stage-1', 'lane-1'],
      ['d', 'stage-3', 'lane-2'],
      ['b', 'stage-2', 'lane-3'],
      ['c', 'stage-3', 'lane-4'],
    ]);
  });

  it('[R31] leaves a note of a colour no entry has, or a card, unplaced, after R3’s reasons', () => {
    const [map] = read(
      ...columnLegend,
      note('blue', 700, 800, 'blue'),
      card('card', { x: 1200, y: 800, width: 300, height: 100 }, 'A card', { parentId: 'f' }),
      note('above', 700, 200, 'blue'),
      note('left', 360, 1500, 'red'),
    ).maps;
    expect(map?.notes).toEqual([]);
    expect(map?.unplaced).toEqual([
      { id: 'above', text: 'note above', reason: 'above the stage headers' },
      { id: 'blue', text: 'note blue', reason: 'its colour (blue) is in no legend entry' },
      { id: 'card', text: 'A card', reason: 'it is a card, which has no legend colour' },
      { id: 'left', text: 'note left', reason: 'left of the first stage' },
    ]);
  });

  it('[R20] publishes one row per lane, each the whole height of the grid', () => {
    const [map] = read(...columnLegend).maps;
    expect(map?.grid).toEqual({
      columns: [
        [380, 620],
        [1000, 600],
        [1600, 600], // ends where the last stage label ends (R12), not at the frame's edge
      ],
      rows: [
        [380, 1600],
        [380, 1600],
        [380, 1600],
        [380, 1600],
      ],
    });
  });

  it('[R32] reads a legend column below the stage labels as a legend, not as lane labels', () => {
    // The names are texts in a column below the stage row, which R11 alone would take as lanes.
    const [map] = read(...columnLegend, note('a', 700, 560, 'red')).maps;
    expect(map?.lanes.map((lane) => lane.name)).toEqual(LANES.map((lane) => lane.name));
    expect(map?.notes.map((n) => n.laneId)).toEqual(['lane-3']);
  });

  it('[R32] lets lane labels win over a legend, whose items are then labels, not notes', () => {
    // handGrid: lane labels x 40–340 from y 300; the legend sits in the corner above them.
    const grid = handGrid({
      frameId: 'f',
      at: { x: 0, y: 0 },
      stages: STAGES,
      lanes: ['Doing', 'Pains'],
    });
    const legend = [
      rawItem('w1', 'sticky', { x: 40, y: 150, width: 40, height: 40 }, '', {
        parentId: 'f',
        color: 'light_yellow',
      }),
      textItem('n1', { x: 90, y: 150, width: 100, height: 40 }, 'Doing', { parentId: 'f' }),
      rawItem('w2', 'sticky', { x: 200, y: 150, width: 40, height: 40 }, '', {
        parentId: 'f',
        color: 'red',
      }),
      textItem('n2', { x: 250, y: 150, width: 100, height: 40 }, 'Pains', { parentId: 'f' }),
    ];
    const { maps, warnings } = read(...grid, ...legend, note('a', 700, 900, 'light_yellow'));
    const [map] = maps;
    // the empty swatches are labels, so no warning counts them as empty notes (R22)
    expect(warnings).toEqual([]);
    expect(map?.lanes.map((lane) => lane.name)).toEqual(['Doing', 'Pains']);
    expect(map?.lanes.every((lane) => lane.color === undefined)).toBe(true);
    expect(map?.notes.map((n) => [n.id, n.laneId])).toEqual([['a', 'lane-2']]);
    expect(map?.unplaced).toEqual([]);
  });
  it('[R32] does not take stacked notes of one colour for sticky lane labels when there is a legend', () => {
    // Two yellow notes in a column under the stage labels line up like a column of lane labels.
    const items = legendMap({ frameId: 'f', stages: STAGES, entries: ENTRIES, legend: 'row' });
    const [map] = read(
      ...items,
      note('a', 700, 600, 'light_yellow'),
      note('b', 700, 800, 'light_yellow'),
    ).maps;
    expect(map?.lanes).toEqual(LANES);
    expect(map?.notes.map((n) => [n.id, n.stageId, n.laneId])).toEqual([
      ['a', 'stage-1', 'lane-1'],
      ['b', 'stage-1', 'lane-1'],
    ]);
  });

  it('[R28] does not take notes dropped on a stage label for legend entries', () => {
    // Each note lies over a header's right end, touching the next header, level with it.
    const [map] = read(
      ...columnLegend,
      note('a', 970, 340, 'blue'),
      note('b', 1570, 340, 'violet'),
    ).maps;
    expect(map?.stages.map((stage) => stage.name)).toEqual(STAGES);
    expect(map?.lanes).toEqual(LANES);
  });
  it('[R30] does not take swatches and names in a stage column for a legend', () => {
    // The legend's items moved right by 1000: a stage (Discover) is now left of them.
    const moved = columnLegend.map((item) =>
      /^f-[wn]\d$/.test(item.id)
        ? { ...item, rect: { ...item.rect, x: item.rect.x + 1000 } }
        : item,
    );
    expect(read(...moved).maps).toEqual([]);
  });
});
