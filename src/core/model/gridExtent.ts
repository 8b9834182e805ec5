import { rectOfIntervals, type Rect } from '../geometry/Rect.ts';
import { isVertical, type Grid } from './Grid.ts';

/** The rectangle a grid's cells and the gaps between them cover; empty at 0 for a grid with none. */
export function gridExtent(grid: Pick<Grid, 'columns' | 'rows' | 'orientation'>): Rect {
  const stages = { start: grid.columns[0]?.start ?? 0, end: grid.columns.at(-1)?.end ?? 0 };
  const lanes = { start: grid.rows[0]?.start ?? 0, end: grid.rows.at(-1)?.end ?? 0 };
  return isVertical(grid) ? rectOfIntervals(lanes, stages) : rectOfIntervals(stages, lanes);
}
