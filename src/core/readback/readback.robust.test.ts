import { describe, expect, it } from 'vitest';
import { card, handGrid, sticky } from '../../test/snapshotBuilders.ts';
import type { RawSnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { buildSnapshot } from '../snapshot/buildSnapshot.ts';
import { readback } from './readback.ts';

// Frame (0, 0) 2300 × 1600. Stage labels 420–980, 1020–1580, 1620–2180 at y 200–280; lane labels
// x 40–340 at y 320–680, 720–1080, 1120–1480. Grid left 380, top 300; columns meet at 1000 and
// 1600, rows at 700 and 1100.
const layout = {
  frameId: 'f',
  at: { x: 0, y: 0 },
  stages: ['Discover', 'Buy', 'Use'],
  lanes: ['Doing', 'Feelings', 'Pains'],
};
const drawn = handGrid(layout);
const stickyLabelled = handGrid({ ...layout, labels: 'sticky' });

function read(...items: RawSnapshotItem[]) {
  const [map, ...others] = readback(buildSnapshot(items)).maps;
  expect(others).toEqual([]);
  expect(map?.stages.map((stage) => stage.name)).toEqual(['Discover', 'Buy', 'Use']);
  expect(map?.lanes.map((lane) => lane.name)).toEqual(['Doing', 'Feelings', 'Pains']);
  return {
    cells: map?.notes.map((note) => [note.id, note.stageId, note.laneId]),
    unplaced: map?.unplaced.map((note) => [note.id, note.reason]),
  };
}

describe('readback: notes as people leave them (R38)', () => {
  it('[R38] reads a card as a note in the cell of its centre, never as a label', () => {
    // centre (1260, 810); a row of cards in line with the stage labels is no stage either
    const cards = [0, 1, 2].map((i) =>
      card(`c${i}`, { x: 420 + i * 600, y: 750, width: 320, height: 120 }, `Card ${i}`),
    );
    expect(read(...drawn, ...cards).cells).toEqual([
      ['c0', 'stage-1', 'lane-2'],
      ['c1', 'stage-2', 'lane-2'],
      ['c2', 'stage-3', 'lane-2'],
    ]);
  });

  it('[R38] reads resized and wide stickies as notes in the cell of their centre', () => {
    const result = read(
      ...drawn,
      sticky('big', { cx: 1300, cy: 900 }, 'Big', { width: 600, height: 600 }),
      // 1400 wide: under two thirds of the frame's 2300, so a label candidate, yet a note
      sticky('wide', { cx: 1300, cy: 1300 }, 'Wide', { width: 1400, height: 150 }),
      // 1600 wide: over two thirds, never a label candidate
      sticky('wider', { cx: 1300, cy: 500 }, 'Wider', { width: 1600, height: 150 }),
    );
    expect(result.cells).toEqual([
      ['wider', 'stage-2', 'lane-1'],
      ['big', 'stage-2', 'lane-2'],
      ['wide', 'stage-2', 'lane-3'],
    ]);
  });

  it('[R38] reads every note of a stack of overlapping notes, each in its cell', () => {
    const stack = [0, 1, 2, 3, 4].map((i) =>
      sticky(`s${i}`, { cx: 1300 + i * 6, cy: 900 - i * 4 }, `Stacked ${i}`, {
        color: 'orange',
      }),
    );
    // in a cell, top to bottom (R18): the last is the highest
    expect(read(...stickyLabelled, ...stack).cells).toEqual(
      [4, 3, 2, 1, 0].map((i) => [`s${i}`, 'stage-2', 'lane-2']),
    );
  });

  it('[R38] leaves a note dropped on a drawn stage header unplaced, above the headers', () => {
    const result = read(...drawn, sticky('on', { cx: 700, cy: 240 }, 'Dropped'));
    expect(result.unplaced).toEqual([['on', 'above the stage headers']]);
  });

  it('[R38] never takes a note dropped on a sticky header of its colour for a label', () => {
    const result = read(
      ...stickyLabelled,
      sticky('on', { cx: 700, cy: 240 }, 'Dropped', { color: 'orange', width: 150, height: 150 }),
      // its centre is below the header it covers: it is in the cell of its centre
      sticky('low', { cx: 1300, cy: 330 }, 'Low', { color: 'orange', width: 150, height: 150 }),
      sticky('lane', { cx: 190, cy: 900 }, 'On a lane', {
        color: 'orange',
        width: 150,
        height: 150,
      }),
    );
    expect(result.cells).toEqual([['low', 'stage-2', 'lane-1']]);
    expect(result.unplaced).toEqual([
      ['on', 'above the stage headers'],
      ['lane', 'left of the first stage'],
    ]);
  });
});
