import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { note } from '../../test/journeyMapBuilder.ts';
import { findInterval } from '../geometry/Interval.ts';
import {
  boardRect,
  rectCenter,
  rectContains,
  rectsOverlap,
  type BoardRect,
} from '../geometry/Rect.ts';
import { gridCell } from '../model/Grid.ts';
import { gridOfArea } from '../model/gridArea.ts';
import type { Note } from '../model/journey.schema.ts';
import { planTidy, type TidyMove } from './planTidy.ts';

const stages = [
  { id: 'aware', name: 'Aware' },
  { id: 'buy', name: 'Buy' },
];
const lanes = [
  { id: 'do', name: 'Doing', kind: 'actions' as const },
  { id: 'feel', name: 'Feeling', kind: 'emotions' as const },
];
// columns x 1000–1680 and 1680–2360; rows y 500–1020 (actions) and 1020–1670 (a 5 × 130 scale)
const grid = {
  columns: [
    [1000, 680],
    [1680, 680],
  ] as [number, number][],
  rows: [
    [500, 520],
    [1020, 650],
  ] as [number, number][],
};
const sticky = (x: number, y: number, width = 199, height = 228) =>
  boardRect({ x, y, width, height });

function tidy(
  placed: Record<string, [Note, BoardRect]>,
  cell?: { stageId: string; laneId: string },
) {
  const notes = Object.values(placed).map(([n]) => n);
  const rects = new Map(Object.entries(placed).map(([id, [, rect]]) => [id, rect]));
  return planTidy({ map: { stages, lanes, notes, grid }, rects, ...(cell ? { cell } : {}) });
}

describe('planTidy', () => {
  it('lines up the notes of a cell in reading order, 20 in from its edges', () => {
    const moves = tidy({
      a: [note('a', 'aware', 'do'), sticky(1300, 560)],
      b: [note('b', 'aware', 'do'), sticky(1050, 700)],
    });
    expect(moves).toEqual([
      { id: 'a', from: sticky(1300, 560), to: sticky(1020, 520) },
      { id: 'b', from: sticky(1050, 700), to: sticky(1239, 520) }, // 1020 + 199 + 20
    ]);
  });

  it('leaves a note that is already in its slot where it is', () => {
    expect(tidy({ a: [note('a', 'aware', 'do'), sticky(1020, 520)] })).toEqual([]);
  });

  it('pulls a note hanging over the border into the cell that holds its centre', () => {
    // centre x 1600 is in the first stage; the note reaches 1699, past the border at 1680
    const moves = tidy({
      a: [note('a', 'aware', 'do'), sticky(1020, 520)],
      b: [note('b', 'aware', 'do'), sticky(1239, 520)],
      c: [note('c', 'aware', 'do'), sticky(1500, 520)],
    });
    expect(moves).toEqual([{ id: 'c', from: sticky(1500, 520), to: sticky(1458, 520) }]);
  });

  it('moves only the notes of the chosen cell', () => {
    const moves = tidy(
      {
        a: [note('a', 'aware', 'do'), sticky(1300, 560)],
        b: [note('b', 'buy', 'do'), sticky(1900, 560)],
      },
      { stageId: 'buy', laneId: 'do' },
    );
    expect(moves.map((move) => move.id)).toEqual(['b']);
  });

  it('never moves what is not a note of the map, such as a label or an unplaced note', () => {
    const notes = [note('a', 'aware', 'do')];
    const rects = new Map([
      ['a', sticky(1020, 520)],
      ['label', sticky(1300, 560)],
    ]);
    expect(planTidy({ map: { stages, lanes, notes, grid }, rects })).toEqual([]);
  });

  it('keeps an emotion note on the row of its score, beside the others on that row', () => {
    // the −1 row is 1020 + 3 × 130 = 1410 to 1540
    const moves = tidy({
      a: [note('a', 'aware', 'feel'), sticky(1020, 1417.7, 100, 114.6)],
      b: [note('b', 'aware', 'feel'), sticky(1400, 1430, 100, 114.6)],
    });
    expect(moves).toEqual([
      { id: 'b', from: sticky(1400, 1430, 100, 114.6), to: sticky(1130, 1417.7, 100, 114.6) },
    ]);
  });

  it('squeezes the notes of a full cell together rather than out of it', () => {
    const placed: Record<string, [Note, BoardRect]> = {};
    for (let i = 0; i < 8; i++)
      placed[`n${i}`] = [note(`n${i}`, 'aware', 'do'), sticky(1000 + i * 10, 500)];
    const cell = boardRect({ x: 1000, y: 500, width: 680, height: 520 });
    for (const move of tidy(placed)) expect(rectContains(cell, move.to)).toBe(true);
  });
});

const area = gridOfArea(grid);
const anywhere = fc
  .record({
    x: fc.integer({ min: 900, max: 2400 }),
    y: fc.integer({ min: 400, max: 1700 }),
    small: fc.boolean(),
  })
  .map(({ x, y, small }) => (small ? sticky(x, y, 100, 114.6) : sticky(x, y)));

/** The notes whose centre is in a cell, as readback would place them. */
function readBack(rects: BoardRect[]): { notes: Note[]; byId: Map<string, BoardRect> } {
  const notes: Note[] = [];
  const byId = new Map<string, BoardRect>();
  rects.forEach((rect, index) => {
    const centre = rectCenter(rect);
    const stage = stages[findInterval(area.columns, centre.x)];
    const lane = lanes[findInterval(area.rows, centre.y)];
    if (!stage || !lane) return;
    notes.push(note(`n${index}`, stage.id, lane.id));
    byId.set(`n${index}`, rect);
  });
  return { notes, byId };
}

function applied(rects: Map<string, BoardRect>, moves: TidyMove[]): Map<string, BoardRect> {
  const after = new Map(rects);
  for (const move of moves) after.set(move.id, move.to);
  return after;
}

describe('planTidy properties', () => {
  const map = (notes: Note[]) => ({ stages, lanes, notes, grid });

  it('moves each note inside the cell holding its centre, and never to another cell', () => {
    fc.assert(
      fc.property(fc.array(anywhere, { maxLength: 14 }), (rects) => {
        const { notes, byId } = readBack(rects);
        for (const move of planTidy({ map: map(notes), rects: byId })) {
          const moved = notes.find((n) => n.id === move.id);
          const cell = gridCell(
            area,
            stages.findIndex((stage) => stage.id === moved?.stageId),
            lanes.findIndex((lane) => lane.id === moved?.laneId),
          );
          expect(cell && rectContains(cell, move.to)).toBe(true);
          expect(move.from).toEqual(byId.get(move.id));
        }
      }),
    );
  });

  it('leaves no two default notes overlapping in a cell with room for them', () => {
    fc.assert(
      fc.property(fc.array(anywhere, { maxLength: 14 }), (rects) => {
        const { notes, byId } = readBack(rects.map((rect) => sticky(rect.x, rect.y)));
        const after = applied(byId, planTidy({ map: map(notes), rects: byId }));
        const doing = notes.filter((n) => n.laneId === 'do');
        for (const stage of stages) {
          const inCell = doing.filter((n) => n.stageId === stage.id);
          if (inCell.length > 6) continue;
          for (const a of inCell)
            for (const b of inCell)
              if (a.id < b.id)
                expect(
                  rectsOverlap(after.get(a.id) as BoardRect, after.get(b.id) as BoardRect),
                ).toBe(false);
        }
      }),
    );
  });

  it('has nothing left to move once the map is tidy', () => {
    fc.assert(
      fc.property(fc.array(anywhere, { maxLength: 14 }), (rects) => {
        const { notes, byId } = readBack(rects);
        const after = applied(byId, planTidy({ map: map(notes), rects: byId }));
        expect(planTidy({ map: map(notes), rects: after })).toEqual([]);
      }),
    );
  });
});

describe('planTidy on a legend map', () => {
  // Every lane's cell is the stage's whole column, x 1000–1680, y 500–1670 (R31).
  const legendLanes = [
    { id: 'lane-1', name: 'Actions', kind: 'actions' as const, color: 'light_yellow' as const },
    { id: 'lane-2', name: 'Pain points', kind: 'painPoints' as const, color: 'red' as const },
  ];
  const legendGrid = {
    columns: grid.columns,
    rows: [
      [500, 1170],
      [500, 1170],
    ] as [number, number][],
  };

  it('[R31] tidies a column’s notes together, lane by lane, so that no two lanes overlap', () => {
    const notes = [note('b', 'aware', 'lane-1'), note('a', 'aware', 'lane-2')];
    const rects = new Map([
      ['a', sticky(1020, 520)],
      ['b', sticky(1300, 900)],
    ]);
    const map = { stages, lanes: legendLanes, notes, grid: legendGrid };
    expect(planTidy({ map, rects })).toEqual([
      { id: 'b', from: sticky(1300, 900), to: sticky(1020, 520) },
      { id: 'a', from: sticky(1020, 520), to: sticky(1239, 520) }, // 1020 + 199 + 20
    ]);
  });
});
