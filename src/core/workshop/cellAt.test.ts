import { describe, expect, it } from 'vitest';
import { boardRect } from '../geometry/Rect.ts';
import { cellAt } from './cellAt.ts';

const map = {
  stages: [
    { id: 'aware', name: 'Aware' },
    { id: 'buy', name: 'Buy' },
  ],
  lanes: [{ id: 'do', name: 'Doing', kind: 'actions' as const }],
  grid: {
    columns: [
      [1000, 680],
      [1680, 680],
    ] as [number, number][],
    rows: [[500, 520]] as [number, number][],
  },
};

describe('cellAt', () => {
  it('finds the stage, the lane and the rectangle of the cell holding the point', () => {
    expect(cellAt(map, { x: 1680, y: 600 })).toEqual({
      stage: { id: 'buy', name: 'Buy' },
      lane: { id: 'do', name: 'Doing', kind: 'actions' },
      rect: boardRect({ x: 1680, y: 500, width: 680, height: 520 }),
    });
  });

  it('is null outside the cells, such as on the stage headers', () => {
    expect(cellAt(map, { x: 1200, y: 499 })).toBeNull();
  });
});

describe('cellAt on a legend map', () => {
  // Every lane's row is the whole grid's height (R20, R31); the colour picks the lane.
  const legend = {
    ...map,
    lanes: [
      { id: 'lane-1', name: 'Actions', kind: 'actions' as const, color: 'light_yellow' as const },
      { id: 'lane-2', name: 'Pain points', kind: 'painPoints' as const, color: 'red' as const },
    ],
    grid: {
      ...map.grid,
      rows: [
        [500, 520],
        [500, 520],
      ] as [number, number][],
    },
  };

  it('[R31] takes the stage from the point and the lane from the note’s colour', () => {
    expect(cellAt(legend, { x: 1100, y: 600 }, 'red')).toEqual({
      stage: { id: 'aware', name: 'Aware' },
      lane: legend.lanes[1],
      rect: boardRect({ x: 1000, y: 500, width: 680, height: 520 }),
    });
  });

  it('[R31] is null for a colour no lane has, or no colour', () => {
    expect(cellAt(legend, { x: 1100, y: 600 }, 'blue')).toBeNull();
    expect(cellAt(legend, { x: 1100, y: 600 })).toBeNull();
  });
});
