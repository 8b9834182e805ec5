import { intervalCenter, type Interval } from '../geometry/Interval.ts';

/**
 * One interval per label along an axis: the first starts at `start`, neighbours meet halfway
 * across the gap between their labels (kept between the two labels' centres), the last ends at
 * `end`. Labels are in order.
 */
export function intervalsBetween(
  labels: readonly Interval[],
  start: number,
  end: number,
): Interval[] {
  const intervals: Interval[] = [];
  let from = start;
  labels.forEach((label, index) => {
    const next = labels[index + 1];
    if (!next) {
      intervals.push({ start: from, end: Math.max(end, from) });
      return;
    }
    const middle = (label.end + next.start) / 2;
    const low = Math.max(from, intervalCenter(label));
    const high = Math.max(low, intervalCenter(next));
    const boundary = Math.min(high, Math.max(low, middle));
    intervals.push({ start: from, end: boundary });
    from = boundary;
  });
  return intervals;
}
