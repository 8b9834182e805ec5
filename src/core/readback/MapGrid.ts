import type { Grid } from '../model/Grid.ts';
import type { NoteColor } from '../model/noteColor.ts';

/** A map's grid on the board, as readback found it. */
export type MapGrid = Grid & {
  structure: 'app' | 'inferred';
  /** Items that are the map's labels, and so not notes. */
  labelIds: ReadonlySet<string>;
  /** Lanes drawn as an emotion scale, where a note's height in its cell is a signal. */
  scaleLaneIds: ReadonlySet<string>;
  /**
   * In a map whose lanes come from a colour legend (R31), the index of the lane of each legend
   * colour: a note's lane is its colour's, and every row spans the whole grid.
   */
  laneIndexByColor?: ReadonlyMap<NoteColor, number>;
};
