import type { BoardRect, Point } from '../geometry/Rect.ts';
import { boardRect } from '../geometry/Rect.ts';
import { gridCell, gridIndexAt } from '../model/Grid.ts';
import { gridOfArea } from '../model/gridArea.ts';
import type { JourneyMap, Lane, Stage } from '../model/journey.schema.ts';

export type MapCell = { stage: Stage; lane: Lane; rect: BoardRect };

/**
 * The cell of a map holding a board point, as readback places a note by its centre (R1): for a
 * note dropped from the panel, or the cell of the selected note. Null outside every cell.
 */
export function cellAt(
  map: Pick<JourneyMap, 'stages' | 'lanes' | 'grid'>,
  point: Point,
): MapCell | null {
  const grid = gridOfArea(map.grid);
  const { stage: stageIndex, lane: laneIndex } = gridIndexAt(grid, point);
  const stage = map.stages[stageIndex];
  const lane = map.lanes[laneIndex];
  const rect = gridCell(grid, stageIndex, laneIndex);
  return stage && lane && rect ? { stage, lane, rect: boardRect(rect) } : null;
}
