import { describe, expect, it } from 'vitest';
import { canvasGrid, card, handGrid, sticky, textItem } from '../../test/snapshotBuilders.ts';
import type { RawSnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { buildSnapshot } from '../snapshot/buildSnapshot.ts';
import { readback } from './readback.ts';

// As in readback.notes.test.ts, without the frame: stage labels 420–980, 1020–1580, 1620–2180
// at y 200–280; lane labels x 40–340 at y 320–680, 720–1080, 1120–1480; the title text
// (40, 40) 1200 × 100 in font 64, the labels in 24. Grid left 380, top 300; columns meet at 1000
// and 1600, rows at 700 and 1100.
const onCanvas = canvasGrid({
  id: 'c',
  at: { x: 0, y: 0 },
  stages: ['Discover', 'Buy', 'Use'],
  lanes: ['Doing', 'Feelings', 'Pains'],
});

function read(...items: RawSnapshotItem[]) {
  return readback(buildSnapshot(items));
}

const placed = (result: ReturnType<typeof read>) =>
  result.maps.map((map) => map.notes.map((note) => [note.id, note.stageId, note.laneId]));

describe('readback: maps drawn on the open canvas', () => {
  it('[R33] reads a grid of stage and lane labels with no frame as a map', () => {
    const result = read(...onCanvas, sticky('n', { cx: 1300, cy: 900 }, 'Happy'));
    expect(result.warnings).toEqual([]);
    const [map] = result.maps;
    expect(map?.structure).toBe('inferred');
    expect(map?.stages.map((stage) => stage.name)).toEqual(['Discover', 'Buy', 'Use']);
    expect(map?.lanes.map((lane) => [lane.name, lane.kind])).toEqual([
      ['Doing', 'actions'],
      ['Feelings', 'emotions'],
      ['Pains', 'painPoints'],
    ]);
    expect(placed(result)).toEqual([[['n', 'stage-2', 'lane-2']]]);
  });

  it('[R33] reads no map from stickies scattered on the canvas, in a block or not', () => {
    const block = [0, 1, 2].flatMap((row) =>
      [0, 1, 2].map((col) =>
        sticky(`b${row}${col}`, { cx: 200 + col * 300, cy: 200 + row * 300 }, `Doing ${col}`),
      ),
    );
    const scattered = [0, 1, 2, 3, 4].map((i) =>
      sticky(`s${i}`, { cx: 3000 + i * 731, cy: 500 + ((i * 389) % 1200) }, `idea ${i}`),
    );
    expect(read(...block, ...scattered)).toEqual({ maps: [], warnings: [] });
  });

  it('[R33] never takes stickies on the canvas as labels', () => {
    const stickyLabels = canvasGrid({
      id: 'c',
      at: { x: 0, y: 0 },
      stages: ['Discover', 'Buy'],
      lanes: ['Doing', 'Feelings'],
      labels: 'sticky',
    });
    expect(read(...stickyLabels).maps).toEqual([]);
  });

  it('[R33] reads maps far apart on one canvas as separate maps, top then left', () => {
    const right = canvasGrid({
      id: 'r',
      at: { x: 6000, y: 0 },
      stages: ['X', 'Y'],
      lanes: ['Goals', 'KPIs'],
    });
    const below = canvasGrid({
      id: 'b',
      at: { x: 0, y: 4000 },
      stages: ['P', 'Q'],
      lanes: ['Mood', 'Ideas'],
    });
    const result = read(
      ...below,
      ...right,
      ...onCanvas,
      sticky('in-right', { cx: 6000 + 1300, cy: 500 }, 'right map, stage 2'),
      sticky('in-below', { cx: 700, cy: 4000 + 900 }, 'lower map, lane 2'),
    );
    expect(result.maps.map((map) => map.id)).toEqual(['c-s1', 'r-s1', 'b-s1']);
    expect(placed(result)).toEqual([
      [],
      [['in-right', 'stage-2', 'lane-1']],
      [['in-below', 'stage-1', 'lane-2']],
    ]);
  });

  it('[R33] orders framed and unframed maps together, top then left', () => {
    const framed = handGrid({
      frameId: 'f',
      at: { x: 6000, y: -100 },
      stages: ['X', 'Y'],
      lanes: ['Goals', 'KPIs'],
    });
    const result = read(...onCanvas, ...framed);
    expect(result.maps.map((map) => map.id)).toEqual(['f', 'c-s1']);
  });

  it('[R33] is not misled by a column of stray texts beside the map, which name no lane kind', () => {
    // four texts down the left of the lane labels: more lanes than the map's three, so R11 tries
    // them first; they name no lane kind, so they are no lanes and the map is read without them
    const texts = [400, 700, 1000, 1300].map((y, i) =>
      textItem(`t${i}`, { x: -600, y, width: 300, height: 60 }, `remark ${i}`),
    );
    const [map, ...others] = read(...onCanvas, ...texts).maps;
    expect(others).toEqual([]);
    expect(map?.lanes.map((lane) => lane.name)).toEqual(['Doing', 'Feelings', 'Pains']);
  });

  it('[R33] reads no map from a grid of texts whose lanes name no lane kind', () => {
    const texts = [0, 1, 2].flatMap((row) =>
      [0, 1, 2].map((col) =>
        textItem(
          `t${row}${col}`,
          { x: col * 400, y: row * 200, width: 300, height: 60 },
          `remark ${row}${col}`,
        ),
      ),
    );
    expect(read(...texts).maps).toEqual([]);
  });

  it('[R34] keeps as the map’s notes only the canvas notes whose centre is in its grid', () => {
    const result = read(
      ...onCanvas,
      sticky('in', { cx: 700, cy: 500 }, 'in the first cell'),
      card('card', { x: 1700, y: 1200, width: 320, height: 120 }, 'a card in the last cell'),
      sticky('far-right', { cx: 5000, cy: 500 }, 'far right'),
      sticky('far-below', { cx: 700, cy: 4000 }, 'far below'),
      sticky('above', { cx: 700, cy: 150 }, 'above the headers'),
      sticky('on-label', { cx: 200, cy: 900 }, 'on a lane label'),
    );
    expect(placed(result)).toEqual([
      [
        ['in', 'stage-1', 'lane-1'],
        ['card', 'stage-3', 'lane-3'],
      ],
    ]);
    // beyond the grid a note is not the map's at all, not even unplaced
    expect(result.maps[0]?.unplaced).toEqual([]);
  });

  it('[R34] does not count a note inside a frame as a note of a canvas map around it', () => {
    const lot = handGrid({
      frameId: 'f',
      at: { x: 0, y: 5000 },
      stages: ['X', 'Y'],
      lanes: ['Goals', 'KPIs'],
    });
    const result = read(
      ...onCanvas,
      ...lot,
      sticky('framed', { cx: 1300, cy: 5900 }, 'in the frame'),
    );
    expect(placed(result)).toEqual([[], [['framed', 'stage-2', 'lane-2']]]);
  });

  it('[R35] takes the large text just above the labels as the title, never as a label', () => {
    const [map] = read(...onCanvas).maps;
    expect(map?.title).toBe('Journey');
    expect(map?.stages.map((stage) => stage.name)).not.toContain('Journey');
  });

  it('[R35] has no title when the large text is far above, beside the grid or not larger', () => {
    const withoutTitle = onCanvas.filter((item) => item.id !== 'c-title');
    const titled = (title: RawSnapshotItem) => read(...withoutTitle, title).maps[0]?.title;
    // three label heights (3 × 80) above the labels' top at 200 is 40: a title must end below it
    expect(
      titled(textItem('t', { x: 400, y: -300, width: 1200, height: 100 }, 'Far', { fontSize: 64 })),
    ).toBe('');
    expect(
      titled(
        textItem('t', { x: 2400, y: 60, width: 800, height: 100 }, 'Beside', { fontSize: 64 }),
      ),
    ).toBe('');
    expect(
      titled(textItem('t', { x: 400, y: 60, width: 1200, height: 100 }, 'Small', { fontSize: 30 })),
    ).toBe('');
    expect(
      titled(textItem('t', { x: 400, y: 60, width: 1200, height: 100 }, 'Big', { fontSize: 40 })),
    ).toBe('Big');
  });

  it('[R36] names a canvas map by the id of its first stage label', () => {
    const reordered = [...onCanvas].reverse();
    expect(read(...reordered).maps.map((map) => map.id)).toEqual(['c-s1']);
  });
});
