import { describe, expect, it } from 'vitest';
import { gridCell } from './Grid.ts';

const grid = {
  columns: [
    { start: 440, end: 1120 },
    { start: 1120, end: 1800 },
  ],
  rows: [{ start: 690, end: 1210 }],
};

describe('gridCell', () => {
  it('is the rectangle of a stage’s column and a lane’s row', () => {
    expect(gridCell(grid, 1, 0)).toEqual({ x: 1120, y: 690, width: 680, height: 520 });
  });

  it('is null for a stage or lane the grid does not have', () => {
    expect(gridCell(grid, 2, 0)).toBeNull();
    expect(gridCell(grid, 0, -1)).toBeNull();
  });
});
