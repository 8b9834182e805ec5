import type { Board } from '../board/port.ts';
import type { Report } from '../core/report/Report.ts';
import type { BoardSnapshot } from '../core/snapshot/BoardSnapshot.ts';
import { makeReport } from './makeReport.ts';
import {
  mapsInSnapshot,
  readMaps,
  type MapsInSnapshotOptions,
  type MapsOnBoard,
  type ReadMapsOptions,
} from './readMaps.ts';

/** The maps read and their report, made from that very reading. */
export type ReportOnBoard = { reading: MapsOnBoard; report: Report };

/** `now` (ISO) is when the report is made. */
type WhenMade = { now: string };

/** The report of the maps on a board (the panel's Report tab). */
export async function readReport(
  board: Board,
  options: ReadMapsOptions & WhenMade,
): Promise<ReportOnBoard> {
  const reading = await readMaps(board, options);
  return { reading, report: makeReport(reading, options.now) };
}

/** The report of the maps in a snapshot already taken, such as a board file's (the CLI). */
export function reportOfSnapshot(
  snapshot: BoardSnapshot,
  options: MapsInSnapshotOptions & WhenMade,
): ReportOnBoard {
  const reading = mapsInSnapshot(snapshot, options);
  return { reading, report: makeReport(reading, options.now) };
}
