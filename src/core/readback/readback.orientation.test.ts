import { describe, expect, it } from 'vitest';
import { frame, shapeLabel, sticky, textItem } from '../../test/snapshotBuilders.ts';
import type { RawSnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { buildSnapshot } from '../snapshot/buildSnapshot.ts';
import { handGrid } from '../../test/snapshotBuilders.ts';
import { readback } from './readback.ts';

function read(...items: RawSnapshotItem[]) {
  return readback(buildSnapshot(items));
}

function cells(result: ReturnType<typeof read>) {
  const [map] = result.maps;
  if (!map) throw new Error('no map');
  const stage = new Map(map.stages.map((s) => [s.id, s.name]));
  const lane = new Map(map.lanes.map((l) => [l.id, l.name]));
  return Object.fromEntries(
    map.notes.map((note) => [note.id, [stage.get(note.stageId), lane.get(note.laneId)]]),
  );
}

// A vertical map in frame v (0, 0) 2000 × 2200: lane labels across the top at y 100–200,
// x 500–900, 1000–1400, 1500–1900; stage labels down the left at x 40–340, y 300–700, 800–1200,
// 1300–1700. Columns of lanes meet at 950 and 1450; rows of stages at 750 and 1250.
const vertical = [
  frame('v', { x: 0, y: 0, width: 2000, height: 2200 }, 'Vertical journey'),
  shapeLabel('l1', { x: 500, y: 100, width: 400, height: 100 }, 'Actions', { parentId: 'v' }),
  shapeLabel('l2', { x: 1000, y: 100, width: 400, height: 100 }, 'Feelings', { parentId: 'v' }),
  shapeLabel('l3', { x: 1500, y: 100, width: 400, height: 100 }, 'Pain points', {
    parentId: 'v',
  }),
  shapeLabel('s1', { x: 40, y: 300, width: 300, height: 400 }, 'Search', { parentId: 'v' }),
  shapeLabel('s2', { x: 40, y: 800, width: 300, height: 400 }, 'Book', { parentId: 'v' }),
  shapeLabel('s3', { x: 40, y: 1300, width: 300, height: 400 }, 'Stay', { parentId: 'v' }),
];

describe('[R23] vertical maps: stages down the left, lanes across the top', () => {
  it('[R23] reads stages top to bottom and lanes left to right when the top row names lane kinds', () => {
    const result = read(
      ...vertical,
      sticky('a', { cx: 700, cy: 500 }, 'Compares hotels'),
      sticky('b', { cx: 1200, cy: 1000 }, '+1 easy booking'),
      sticky('c', { cx: 1700, cy: 1500 }, 'Noisy room'),
      sticky('d', { cx: 940, cy: 1240 }, 'over two borders, centre in the first lane'),
    );
    const [map] = result.maps;
    expect(map?.stages.map((s) => s.name)).toEqual(['Search', 'Book', 'Stay']);
    expect(map?.lanes.map((l) => [l.name, l.kind])).toEqual([
      ['Actions', 'actions'],
      ['Feelings', 'emotions'],
      ['Pain points', 'painPoints'],
    ]);
    expect(cells(result)).toEqual({
      a: ['Search', 'Actions'],
      d: ['Book', 'Actions'],
      b: ['Book', 'Feelings'],
      c: ['Stay', 'Pain points'],
    });
    expect(map?.notes.find((n) => n.id === 'b')?.emotion).toBe(1);
    expect(result.warnings).toEqual([]);
  });

  it('[R23] publishes the grid with its orientation: a span along y per stage, along x per lane', () => {
    const [map] = read(...vertical).maps;
    expect(map?.grid).toEqual({
      columns: [
        [250, 500],
        [750, 500],
        [1250, 500],
      ],
      rows: [
        [420, 530],
        [950, 500],
        [1450, 500],
      ],
      orientation: 'vertical',
    });
  });

  it('[R23] says where a note outside the grid is, the vertical way round', () => {
    const [map] = read(
      ...vertical,
      sticky('left', { cx: 200, cy: 1000 }, 'on the stage labels'),
      sticky('low', { cx: 1200, cy: 2000 }, 'parked below'),
      sticky('high', { cx: 1200, cy: 60 }, 'above the lanes', { width: 50, height: 50 }),
    ).maps;
    expect(map?.unplaced).toEqual([
      { id: 'high', text: 'above the lanes', reason: 'above the first stage' },
      { id: 'left', text: 'on the stage labels', reason: 'left of the first lane' },
      { id: 'low', text: 'parked below', reason: 'below the last stage' },
    ]);
  });

  it('[R23] keeps a horizontal map horizontal when neither way names more lane kinds', () => {
    const grid = handGrid({
      frameId: 'h',
      at: { x: 0, y: 0 },
      stages: ['Alpha', 'Beta', 'Gamma'],
      lanes: ['One', 'Two'],
    });
    const [map] = read(...grid).maps;
    expect(map?.stages.map((s) => s.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(map?.grid.orientation).toBeUndefined();
  });

  it('[R23] keeps a horizontal map horizontal when its lanes name kinds', () => {
    const grid = handGrid({
      frameId: 'h',
      at: { x: 0, y: 0 },
      stages: ['Awareness', 'Purchase', 'Support'],
      lanes: ['Actions', 'Emotions'],
    });
    const [map] = read(...grid).maps;
    expect(map?.lanes.map((l) => l.kind)).toEqual(['actions', 'emotions']);
    expect(map?.grid.orientation).toBeUndefined();
  });
});

// Phases over steps in frame p: steps at y 300–380 in columns of 600 from x 400 (labels 420–980,
// 1020–1580, 1620–2180, 2220–2780); phases at y 180–260: "Before" over the first two steps,
// "After" over the last two.
const steps = handGrid({
  frameId: 'p',
  at: { x: 0, y: 100 },
  stages: ['Find', 'Choose', 'Use', 'Return'],
  lanes: ['Actions', 'Pain points'],
});

describe('[R24] two header rows: phases spanning steps', () => {
  it('[R24] reads the steps as the stages, each with the phase above it', () => {
    const result = read(
      ...steps,
      shapeLabel('ph1', { x: 420, y: 180, width: 1160, height: 80 }, 'Before', { parentId: 'p' }),
      shapeLabel('ph2', { x: 1620, y: 180, width: 1160, height: 80 }, 'After', { parentId: 'p' }),
      sticky('n', { cx: 1300, cy: 600 }, 'Reads reviews'),
    );
    const [map] = result.maps;
    expect(map?.stages).toEqual([
      { id: 'stage-1', name: 'Find', phase: 'Before' },
      { id: 'stage-2', name: 'Choose', phase: 'Before' },
      { id: 'stage-3', name: 'Use', phase: 'After' },
      { id: 'stage-4', name: 'Return', phase: 'After' },
    ]);
    expect(cells(result)).toEqual({ n: ['Choose', 'Actions'] });
    expect(map?.unplaced).toEqual([]);
  });

  it('[R24] gives no phase to a step under none, and phases that are stickies are labels too', () => {
    const [map] = read(
      ...steps,
      sticky('ph1', { cx: 1000, cy: 220 }, 'During', { width: 1160, height: 80, parentId: 'p' }),
      sticky('ph2', { cx: 2200, cy: 220 }, 'After', { width: 1160, height: 80, parentId: 'p' }),
    ).maps;
    // stickies as phases only over sticky steps: these two are notes above the stage headers
    expect(map?.stages.every((stage) => stage.phase === undefined)).toBe(true);
    expect(map?.unplaced.map((note) => note.id)).toEqual(['ph1', 'ph2']);
  });

  it('[R24] takes no phases from a single title over the whole row, nor from one label per step', () => {
    const title = textItem('t', { x: 420, y: 180, width: 2360, height: 80 }, 'Before', {
      parentId: 'p',
    });
    const perStep = [420, 1020, 1620, 2220].map((x, index) =>
      shapeLabel(`x${index}`, { x, y: 180, width: 560, height: 80 }, `Step ${index}`, {
        parentId: 'p',
      }),
    );
    for (const extra of [[title], perStep]) {
      const [map] = read(...steps, ...extra).maps;
      expect(map?.stages.map((stage) => stage.phase)).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
    }
  });

  it('[R24] reads phases over the stages of a vertical map, beside them', () => {
    const [map] = read(
      ...vertical,
      shapeLabel('ph1', { x: -200, y: 300, width: 200, height: 900 }, 'Before', { parentId: 'v' }),
      shapeLabel('ph2', { x: -200, y: 1300, width: 200, height: 400 }, 'During', {
        parentId: 'v',
      }),
    ).maps;
    expect(map?.stages.map((stage) => [stage.name, stage.phase])).toEqual([
      ['Search', 'Before'],
      ['Book', 'Before'],
      ['Stay', 'During'],
    ]);
  });
});
