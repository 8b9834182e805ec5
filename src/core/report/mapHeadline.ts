import { formatEmotionMean } from '../model/formatEmotionMean.ts';
import type { MapReport, RankedPainPoint } from './Report.ts';

/** How many pain points a glance at a map names: the panel's preview and the summary frame. */
export const HEADLINE_PAIN_POINTS = 3;

/** What a glance at a map says, in the same words in the panel and in the summary on the board. */
export type MapHeadline = {
  lowest: string;
  highest: string;
  /** The first HEADLINE_PAIN_POINTS ranked pain points. */
  painPoints: string[];
};

/** "Checkout (−2)"; null when no stage is scored. */
export function momentText(at: MapReport['lowest']): string | null {
  return at ? `${at.stageName} (${formatEmotionMean(at.score)})` : null;
}

/** "Hidden delivery fee — Purchase (3 votes)"; without votes, no count. */
export function painPointText(pain: RankedPainPoint): string {
  const votes = pain.votes === 0 ? '' : pain.votes === 1 ? ' (1 vote)' : ` (${pain.votes} votes)`;
  return `${pain.text} — ${pain.stageName}${votes}`;
}

export function mapHeadline(report: MapReport): MapHeadline {
  const moment = (label: string, at: MapReport['lowest']) =>
    `${label}: ${momentText(at) ?? 'no scored stage'}`;
  return {
    lowest: moment('Lowest moment', report.lowest),
    highest: moment('Highest moment', report.highest),
    painPoints: report.topPainPoints.slice(0, HEADLINE_PAIN_POINTS).map(painPointText),
  };
}
