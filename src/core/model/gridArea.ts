import type { Interval } from '../geometry/Interval.ts';
import { intervalFrom, intervalLength } from '../geometry/Interval.ts';
import type { Grid } from './Grid.ts';
import type { MapGridArea } from './journey.schema.ts';

/**
 * A grid's columns and rows in the published shape of `JourneyMap.grid` (R20); `orientation` is
 * written only for a vertical map, so horizontal maps keep the shape they always had.
 */
export function gridArea(grid: Pick<Grid, 'columns' | 'rows' | 'orientation'>): MapGridArea {
  const toSpan = (interval: Interval): [number, number] => [
    interval.start,
    intervalLength(interval),
  ];
  return {
    columns: grid.columns.map(toSpan),
    rows: grid.rows.map(toSpan),
    ...(grid.orientation === 'vertical' ? { orientation: 'vertical' as const } : {}),
  };
}

/** The columns and rows of a `JourneyMap.grid` as intervals. */
export function gridOfArea(area: MapGridArea): Pick<Grid, 'columns' | 'rows' | 'orientation'> {
  const toInterval = ([start, length]: [number, number]) => intervalFrom(start, length);
  return {
    columns: area.columns.map(toInterval),
    rows: area.rows.map(toInterval),
    ...(area.orientation === 'vertical' ? { orientation: 'vertical' as const } : {}),
  };
}
