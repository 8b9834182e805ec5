import { intervalCenter, type Interval } from '../geometry/Interval.ts';

/**
 * One interval per label along an axis (R12): the first starts at `start`, neighbours meet
 * halfway across the gap between their labels (kept between the two labels' centres), and the
 * last ends as far past its label as the one before it does past its own (with one label, as far
 * as the label is from `start`), so the grid ends where its labels end. Labels are in order.
 */
export function intervalsBetween(labels: readonly Interval[], start: number): Interval[] {
  const intervals: Interval[] = [];
  let from = start;
  labels.forEach((label, index) => {
    const next = labels[index + 1];
    if (!next) {
      const before = labels[index - 1];
      const margin = before ? from - before.end : label.start - start;
      intervals.push({ start: from, end: Math.max(from, label.end + Math.max(0, margin)) });
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
