import { intervalCenter, type Interval } from '../geometry/Interval.ts';

/** The value nearest `to`, or `to` itself when there is none. */
function nearest(values: readonly number[], to: number): number {
  let best: number | null = null;
  for (const value of values)
    if (best === null || Math.abs(value - to) < Math.abs(best - to)) best = value;
  return best ?? to;
}

/**
 * One interval per label along an axis (R12): the first starts at `start`; neighbours meet
 * halfway across the gap between their labels (kept between the two labels' centres), or at a
 * fixed boundary that lies between their centres (the one nearest halfway); the last ends past
 * its label by half the gap between it and the label before it (with one label, by as much as
 * the label is from `start`), so the grid ends where its labels end. Labels are in order.
 */
export function intervalsBetween(
  labels: readonly Interval[],
  start: number,
  fixed: readonly number[] = [],
): Interval[] {
  const intervals: Interval[] = [];
  let from = start;
  labels.forEach((label, index) => {
    const next = labels[index + 1];
    if (!next) {
      const before = labels[index - 1];
      const margin = before ? (label.start - before.end) / 2 : label.start - start;
      intervals.push({ start: from, end: Math.max(from, label.end + Math.max(0, margin)) });
      return;
    }
    const low = Math.max(from, intervalCenter(label));
    const high = Math.max(low, intervalCenter(next));
    const halfway = (label.end + next.start) / 2;
    const middle = nearest(
      fixed.filter((at) => at > low && at < high),
      halfway,
    );
    const boundary = Math.min(high, Math.max(low, middle));
    intervals.push({ start: from, end: boundary });
    from = boundary;
  });
  return intervals;
}
