import type { JourneyMap } from '../core/model/journey.schema.ts';
import { buildReport } from '../core/report/buildReport.ts';
import type { Report } from '../core/report/Report.ts';

/** The summary report of the maps read from the board; `now` (ISO) is when it is made. */
export function makeReport(
  reading: {
    maps: readonly JourneyMap[];
    warnings: readonly string[];
    authorNames?: Readonly<Record<string, string>>;
  },
  now: string,
): Report {
  return buildReport(reading, { now });
}
