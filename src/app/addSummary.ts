import type { ApplyOptions, Board, InsertedMap } from '../board/port.ts';
import { layoutSummary } from '../core/report/layoutSummary.ts';
import type { MapReport } from '../core/report/Report.ts';

/** Draws the map's summary in a frame of its own, right of the map's frame. */
export function addSummary(
  board: Board,
  report: MapReport,
  options: ApplyOptions = {},
): Promise<InsertedMap> {
  return board.addSummary(layoutSummary(report), { frameId: report.map.id }, options);
}
