import type { RankedPainPoint } from '../Report.ts';

export type RankLabels = {
  /** "1", "=2", "=2", "4": a pain point that ties with another shares its rank, marked "=". */
  labels: string[];
  /** Every pain point ties with every other (and there are at least two). */
  allTied: boolean;
};

/**
 * Ranks of pain points already in ranking order, tied where votes, mentions and severity (what
 * the ranking weighs) are all equal; the order within a tie is only the stage order.
 */
export function rankLabels(painPoints: readonly RankedPainPoint[]): RankLabels {
  const key = (pain: RankedPainPoint) => `${pain.votes}/${pain.mentions}/${pain.severity}`;
  const counts = new Map<string, number>();
  for (const pain of painPoints) counts.set(key(pain), (counts.get(key(pain)) ?? 0) + 1);
  let rank = 0;
  const labels = painPoints.map((pain, index) => {
    if (index === 0 || key(pain) !== key(painPoints[index - 1] as RankedPainPoint))
      rank = index + 1;
    return (counts.get(key(pain)) ?? 0) > 1 ? `=${rank}` : String(rank);
  });
  return { labels, allTied: painPoints.length > 1 && counts.size === 1 };
}
