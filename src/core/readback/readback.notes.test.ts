import { describe, expect, it } from 'vitest';
import { card, handGrid, sticky } from '../../test/snapshotBuilders.ts';
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

const cellOf = (result: ReturnType<typeof read>, id: string) => {
  const note = result.maps.flatMap((map) => map.notes).find((n) => n.id === id);
  return note ? [note.stageId, note.laneId] : null;
};

describe('readback: notes and cells on hand-made maps', () => {
  it('[R1] puts a sticky hanging over a border into the cell holding its centre', () => {
    const result = read(
      ...grid,
      sticky('a', { cx: 990, cy: 500 }, 'left of the line'), // spans 890.5–1089.5
      sticky('b', { cx: 1010, cy: 690 }, 'right of the line'),
      sticky('c', { cx: 1010, cy: 710 }, 'below the line'),
    );
    expect(cellOf(result, 'a')).toEqual(['stage-1', 'lane-1']);
    expect(cellOf(result, 'b')).toEqual(['stage-2', 'lane-1']);
    expect(cellOf(result, 'c')).toEqual(['stage-2', 'lane-2']);
  });

  it('[R12] follows uneven columns and rows', () => {
    // widths 400, 900, 500: labels 420–780, 820–1680, 1720–2180; columns meet at 800 and 1700
    // heights 300, 700: labels 320–580, 620–1280; rows meet at 600
    const uneven = handGrid({
      frameId: 'u',
      at: { x: 0, y: 0 },
      stages: ['A', 'B', 'C'],
      lanes: ['Actions', 'Ideas'],
      widths: [400, 900, 500],
      heights: [300, 700],
    });
    const result = read(
      ...uneven,
      sticky('a', { cx: 790, cy: 590 }, 'x'),
      sticky('b', { cx: 1690, cy: 610 }, 'x'),
      sticky('c', { cx: 1710, cy: 1200 }, 'x'),
    );
    expect(cellOf(result, 'a')).toEqual(['stage-1', 'lane-1']);
    expect(cellOf(result, 'b')).toEqual(['stage-2', 'lane-2']);
    expect(cellOf(result, 'c')).toEqual(['stage-3', 'lane-2']);
  });

  it('[R12] ends the last column and row where their labels end, with the margin of the others', () => {
    // the last stage label ends at 2180 and the one before keeps 20 past its own: the last
    // column ends at 2200; the last row likewise at 1480 + 20 = 1500. The frame runs on to 2300 × 1600.
    const result = read(
      ...grid,
      sticky('in', { cx: 2190, cy: 1490 }, 'last cell'),
      sticky('right', { cx: 2210, cy: 900 }, 'parked right'),
      sticky('below', { cx: 1200, cy: 1510 }, 'parked below'),
    );
    expect(cellOf(result, 'in')).toEqual(['stage-3', 'lane-3']);
    expect(result.maps[0]?.unplaced).toEqual([
      { id: 'right', text: 'parked right', reason: 'right of the last stage' },
      { id: 'below', text: 'parked below', reason: 'below the last lane' },
    ]);
  });

  it('[R3] lists notes outside every cell as unplaced, with a reason', () => {
    const result = read(
      ...grid,
      sticky('top', { cx: 1200, cy: 150 }, 'above'),
      sticky('left', { cx: 200, cy: 900 }, 'on the labels'),
    );
    expect(result.maps[0]?.unplaced).toEqual([
      { id: 'top', text: 'above', reason: 'above the stage headers' },
      { id: 'left', text: 'on the labels', reason: 'left of the first stage' },
    ]);
    expect(result.maps[0]?.notes).toEqual([]);
  });

  it('[R2] counts a sticky that lies over the frame without being attached to it', () => {
    const loose = sticky('loose', { cx: 1200, cy: 900 }, 'not attached');
    expect(loose.parentId).toBeNull();
    expect(cellOf(read(...grid, loose), 'loose')).toEqual(['stage-2', 'lane-2']);
  });

  it('[R5] leaves stickies outside every frame out of every map', () => {
    const result = read(...grid, sticky('stray', { cx: 2600, cy: 500 }, 'outside'));
    expect(result.maps[0]?.notes).toEqual([]);
    expect(result.maps[0]?.unplaced).toEqual([]);
  });

  it('[R4] reads two maps side by side and one below, top to bottom then left to right', () => {
    const right = handGrid({
      frameId: 'r',
      at: { x: 3000, y: 0 },
      stages: ['X', 'Y'],
      lanes: ['Goals', 'KPIs'],
    });
    const below = handGrid({
      frameId: 'b',
      at: { x: 0, y: 2000 },
      stages: ['P', 'Q'],
      lanes: ['Mood', 'Ideas'],
    });
    const result = read(
      ...below,
      ...right,
      ...grid,
      sticky('in-right', { cx: 3000 + 1200, cy: 500 }, 'right map, stage 2'),
      sticky('in-below', { cx: 600, cy: 2000 + 900 }, 'lower map, lane 2'),
    );
    expect(result.maps.map((map) => map.id)).toEqual(['f', 'r', 'b']);
    expect(result.maps.map((map) => map.notes.map((note) => note.id))).toEqual([
      [],
      ['in-right'],
      ['in-below'],
    ]);
    expect(cellOf(result, 'in-right')).toEqual(['stage-2', 'lane-1']);
    expect(cellOf(result, 'in-below')).toEqual(['stage-1', 'lane-2']);
  });

  it('[R14] fills every note field from the item', () => {
    const result = read(
      ...grid,
      sticky('s', { cx: 600, cy: 900 }, 'Nervous about delivery', {
        color: 'red',
        tags: ['checkout', 'delivery'],
        author: 'Ana',
        votes: 3,
        createdAt: '2026-03-02T09:30:00Z',
        modifiedAt: '2026-03-02T09:41:00Z',
      }),
      card('k', { x: 1100, y: 1200, width: 320, height: 160 }, 'Add tracking\nSend a link by SMS'),
    );
    expect(result.maps[0]?.notes).toEqual([
      {
        id: 's',
        text: 'Nervous about delivery',
        stageId: 'stage-1',
        laneId: 'lane-2',
        emotion: -1,
        color: 'red',
        tags: ['checkout', 'delivery'],
        author: 'Ana',
        votes: 3,
        createdAt: '2026-03-02T09:30:00Z',
        modifiedAt: '2026-03-02T09:41:00Z',
      },
      {
        id: 'k',
        text: 'Add tracking\nSend a link by SMS',
        stageId: 'stage-2',
        laneId: 'lane-3',
        emotion: null,
        color: null,
        tags: [],
        author: null,
        votes: 0,
        createdAt: null,
        modifiedAt: null,
      },
    ]);
  });

  it('[R21] dates a map by the latest change to anything in its frame', () => {
    const result = read(
      ...grid,
      sticky('a', { cx: 600, cy: 900 }, 'Older', { modifiedAt: '2026-01-05T08:00:00Z' }),
      sticky('b', { cx: 700, cy: 900 }, 'Newer', { modifiedAt: '2026-04-01T12:00:00Z' }),
    );
    expect(result.maps[0]?.modifiedAt).toBe('2026-04-01T12:00:00Z');
  });

  it('[R18] lists notes lane by lane, stage by stage, then top to bottom and left to right', () => {
    const result = read(
      ...grid,
      sticky('l2s1', { cx: 600, cy: 900 }, 'x'),
      sticky('l1s2-low', { cx: 1200, cy: 600 }, 'x'),
      sticky('l1s2-high-right', { cx: 1400, cy: 400 }, 'x'),
      sticky('l1s2-high-left', { cx: 1100, cy: 400 }, 'x'),
      sticky('l1s1', { cx: 600, cy: 600 }, 'x'),
    );
    expect(result.maps[0]?.notes.map((note) => note.id)).toEqual([
      'l1s1',
      'l1s2-high-left',
      'l1s2-high-right',
      'l1s2-low',
      'l2s1',
    ]);
  });

  it('[R17] takes the title from the frame', () => {
    const titled = grid.map((item) =>
      item.kind === 'frame' ? { ...item, text: 'Checkout  journey' } : item,
    );
    expect(read(...titled).maps[0]?.title).toBe('Checkout journey');
  });
});
