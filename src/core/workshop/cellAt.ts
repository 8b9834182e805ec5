import type { BoardRect, Point } from '../geometry/Rect.ts';
import { boardRect } from '../geometry/Rect.ts';
import { gridCell, gridIndexAt } from '../model/Grid.ts';
import { gridOfArea } from '../model/gridArea.ts';
import type { JourneyMap, Lane, Stage } from '../model/journey.schema.ts';
import type { NoteColor } from '../model/noteColor.ts';

export type MapCell = { stage: Stage; lane: Lane; rect: BoardRect };

/** The lane index of a point's row, or in a legend map (lanes with colours, R31) of its colour. */
function laneIndexOf(lanes: readonly Lane[], rowIndex: number, color: NoteColor | null): number {
  if (rowIndex < 0 || !lanes.some((lane) => lane.color !== undefined)) return rowIndex;
  return lanes.findIndex((lane) => color !== null && lane.color === color);
}

/**
 * The cell of a map holding a board point, as readback places a note by its centre (R1): for a
 * note dropped from the panel, or the cell of the selected note. In a legend map the point gives
 * the stage, and the note's colour the lane. Null outside every cell.
 */
export function cellAt(
  map: Pick<JourneyMap, 'stages' | 'lanes' | 'grid'>,
  point: Point,
  color: NoteColor | null = null,
): MapCell | null {
  const grid = gridOfArea(map.grid);
  const { stage: stageIndex, lane: rowIndex } = gridIndexAt(grid, point);
  const laneIndex = laneIndexOf(map.lanes, rowIndex, color);
  const stage = map.stages[stageIndex];
  const lane = map.lanes[laneIndex];
  const rect = gridCell(grid, stageIndex, laneIndex);
  return stage && lane && rect ? { stage, lane, rect: boardRect(rect) } : null;
}
