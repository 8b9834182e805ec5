import type { ApplyOptions, Board, InsertedMap, SummaryPlace } from '../board/port.ts';
import { boardRect } from '../core/geometry/Rect.ts';
import { gridExtent } from '../core/model/gridExtent.ts';
import { gridOfArea } from '../core/model/gridArea.ts';
import { layoutSummary } from '../core/report/layoutSummary.ts';
import type { MapReport } from '../core/report/Report.ts';

export type AddSummaryOptions = ApplyOptions & {
  /** False for a map drawn on the open canvas, with no frame to put the summary beside. */
  framed?: boolean;
};

/**
 * Draws the map's summary in a frame of its own, right of the map's frame, or right of its grid
 * when it has no frame.
 */
export function addSummary(
  board: Board,
  report: MapReport,
  { framed = true, ...options }: AddSummaryOptions = {},
): Promise<InsertedMap> {
  const place: SummaryPlace = framed
    ? { frameId: report.map.id }
    : { area: boardRect(gridExtent(gridOfArea(report.map.grid))) };
  return board.addSummary(layoutSummary(report), place, options);
}
