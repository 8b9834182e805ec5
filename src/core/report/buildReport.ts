import type { JourneyMap } from '../model/journey.schema.ts';
import { analyzeMap } from './analyzeMap.ts';
import { compareMaps } from './compareMaps.ts';
import type { Comparison, MapReport, Report } from './Report.ts';

const CURRENT_HINT = /\b(?:current|as[\s-]is)\b/iu;
const FUTURE_HINT = /\b(?:future|to[\s-]be)\b/iu;

/**
 * Every current-state map against every future-state map, judged by title; a title with both
 * hints counts as neither. When no such pair exists and there are exactly two maps, the first is
 * compared with the second.
 */
function comparisonsOf(reports: readonly MapReport[]): Comparison[] {
  const isCurrent = (r: MapReport) =>
    CURRENT_HINT.test(r.map.title) && !FUTURE_HINT.test(r.map.title);
  const isFuture = (r: MapReport) =>
    FUTURE_HINT.test(r.map.title) && !CURRENT_HINT.test(r.map.title);
  const current = reports.filter(isCurrent);
  const future = reports.filter(isFuture);
  const pairs = current.flatMap((from) => future.map((to) => compareMaps(from, to)));
  if (pairs.length > 0) return pairs;
  const [first, second] = reports;
  return reports.length === 2 && first && second ? [compareMaps(first, second)] : [];
}

/** The summary report of a readback: one MapReport per map, in order, and their comparisons. */
export function buildReport(
  result: {
    maps: readonly JourneyMap[];
    warnings: readonly string[];
    authorNames?: Readonly<Record<string, string>>;
  },
  options: { now: string },
): Report {
  const maps = result.maps.map((map) => analyzeMap(map, options));
  const names = result.authorNames ?? {};
  return {
    generatedAt: options.now,
    maps,
    comparisons: comparisonsOf(maps),
    warnings: [...result.warnings],
    ...(Object.keys(names).length > 0 ? { authorNames: { ...names } } : {}),
  };
}
