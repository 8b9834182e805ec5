import type { ApplyOptions, Board, InsertedMap, SummaryPlace } from '../board/port.ts';
import { boardRect } from '../core/geometry/Rect.ts';
import type { SummaryPlan } from '../core/layout/BoardPlan.ts';
import { gridExtent } from '../core/model/gridExtent.ts';
import { gridOfArea } from '../core/model/gridArea.ts';
import { layoutSummary } from '../core/report/layoutSummary.ts';
import type { MapReport } from '../core/report/Report.ts';
import type { BoardSnapshot } from '../core/snapshot/BoardSnapshot.ts';

export type AddSummaryOptions = ApplyOptions & {
  /** False for a map drawn on the open canvas, with no frame to put the summary beside. */
  framed?: boolean;
  /** Frames of the map's earlier summaries, removed before the new one is drawn in their place. */
  replacing?: readonly string[];
};

/** The summary plan with its title recording whose summary it is (DESIGN §3.1). */
function recordedSummary(report: MapReport, generatedAt: string): SummaryPlan {
  const plan = layoutSummary(report, generatedAt);
  const record = { v: 2, role: 'summary', of: report.map.id } as const;
  const title = plan.items.findIndex((item) => item.role === 'summaryTitle');
  return {
    ...plan,
    items: plan.items.map((item, index) => (index === title ? { ...item, record } : item)),
  };
}

/**
 * Draws the map's summary in a frame of its own, right of the map's frame, or right of its grid
 * when it has no frame, dated `generatedAt` (the report's ISO time). Earlier summaries it
 * replaces are removed first, so the new one takes their place; what they showed is derived from
 * the map, which stays as it is.
 */
export async function addSummary(
  board: Board,
  report: MapReport,
  generatedAt: string,
  { framed = true, replacing = [], ...options }: AddSummaryOptions = {},
): Promise<InsertedMap> {
  for (const frameId of replacing) await board.removeSummary(frameId);
  const place: SummaryPlace = framed
    ? { frameId: report.map.id }
    : { area: boardRect(gridExtent(gridOfArea(report.map.grid))) };
  return board.addSummary(recordedSummary(report, generatedAt), place, options);
}

/** The frames of the summaries drawn earlier for the map `mapId`, found by the record on their title. */
export function summaryFramesOf(snapshot: BoardSnapshot, mapId: string): string[] {
  const frames = new Set(
    snapshot.items.flatMap((item) => (item.kind === 'frame' ? [item.id] : [])),
  );
  const found = snapshot.items.flatMap((item) =>
    item.record?.role === 'summary' &&
    item.record.of === mapId &&
    item.frameId !== null &&
    frames.has(item.frameId)
      ? [item.frameId]
      : [],
  );
  return [...new Set(found)];
}

/** The frames of the map's earlier summaries on the board now. */
export async function earlierSummaries(board: Board, mapId: string): Promise<string[]> {
  const { snapshot } = await board.readSnapshot();
  return summaryFramesOf(snapshot, mapId);
}
