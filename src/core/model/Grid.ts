import type { Interval } from '../geometry/Interval.ts';
import { rectOfIntervals, type Rect } from '../geometry/Rect.ts';
import type { Lane, Stage } from './journey.schema.ts';

/**
 * A map's cells: one column per stage and one row per lane, in their order. Frame-local in a
 * plan, on the board once read back.
 */
export type Grid = { stages: Stage[]; lanes: Lane[]; columns: Interval[]; rows: Interval[] };

/** The cell of a stage and a lane, by their index; null when the grid has no such cell. */
export function gridCell(
  grid: Pick<Grid, 'columns' | 'rows'>,
  stageIndex: number,
  laneIndex: number,
): Rect | null {
  const column = grid.columns[stageIndex];
  const row = grid.rows[laneIndex];
  return column && row ? rectOfIntervals(column, row) : null;
}
