import type { Grid } from '../model/Grid.ts';

/** A map's grid on the board, as readback found it. */
export type MapGrid = Grid & {
  structure: 'app' | 'inferred';
  /** Items that are the map's labels, and so not notes. */
  labelIds: ReadonlySet<string>;
  /** Lanes drawn as an emotion scale, where a note's height in its cell is a signal. */
  scaleLaneIds: ReadonlySet<string>;
};
