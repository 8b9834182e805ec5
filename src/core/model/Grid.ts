import { findInterval, type Interval } from '../geometry/Interval.ts';
import { rectOfIntervals, type Point, type Rect } from '../geometry/Rect.ts';
import type { Lane, Stage } from './journey.schema.ts';

/**
 * Which way a map runs: `horizontal` has stages across (columns along x) and lanes down (rows
 * along y); `vertical` has stages down the left and lanes across the top, so each stage's interval
 * is along y and each lane's along x.
 */
export type GridOrientation = 'horizontal' | 'vertical';

/**
 * A map's cells: one interval per stage (`columns`) and one per lane (`rows`), in their order,
 * along the stage and lane axes of its orientation (horizontal when absent). Frame-local in a
 * plan, on the board once read back.
 */
export type Grid = {
  stages: Stage[];
  lanes: Lane[];
  columns: Interval[];
  rows: Interval[];
  orientation?: GridOrientation;
};

type CellGeometry = Pick<Grid, 'columns' | 'rows' | 'orientation'>;

/** True when the grid's stages run down and its lanes across. */
export function isVertical(grid: Pick<Grid, 'orientation'>): boolean {
  return grid.orientation === 'vertical';
}

/** A point as (along the stage axis, along the lane axis). */
export function gridCoordinates(grid: CellGeometry, point: Point): { stage: number; lane: number } {
  return isVertical(grid) ? { stage: point.y, lane: point.x } : { stage: point.x, lane: point.y };
}

/** The stage and lane index of the cell holding a point; -1 where it is in none (R1). */
export function gridIndexAt(grid: CellGeometry, point: Point): { stage: number; lane: number } {
  const along = gridCoordinates(grid, point);
  return {
    stage: findInterval(grid.columns, along.stage),
    lane: findInterval(grid.rows, along.lane),
  };
}

/** The cell of a stage and a lane, by their index; null when the grid has no such cell. */
export function gridCell(grid: CellGeometry, stageIndex: number, laneIndex: number): Rect | null {
  const column = grid.columns[stageIndex];
  const row = grid.rows[laneIndex];
  if (!column || !row) return null;
  return isVertical(grid) ? rectOfIntervals(row, column) : rectOfIntervals(column, row);
}
