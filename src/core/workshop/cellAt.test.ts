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
