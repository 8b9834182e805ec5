import type { Lane, Stage } from '../model/journey.schema.ts';

/** A stretch of one board axis, start included, end excluded, in board units. */
export type Span = { start: number; end: number };

/** A map's grid on the board: one column per stage, one row per lane, in order. */
export type MapGrid = {
  structure: 'app' | 'inferred';
  stages: Stage[];
  lanes: Lane[];
  columns: Span[];
  rows: Span[];
  /** Items that are the map's labels, and so not notes. */
  labelIds: ReadonlySet<string>;
  /** Lanes drawn as an emotion scale, where a note's height in its cell is a signal. */
  scaleLaneIds: ReadonlySet<string>;
};
