import type { Span } from './MapGrid.ts';

/**
 * One span per label along an axis: the first starts at `start`, neighbours meet halfway across
 * the gap between their labels (kept between the two labels' centres), the last ends at `end`.
 * Labels are `[start, end]` intervals in order.
 */
export function spansBetween(
  labels: readonly (readonly [number, number])[],
  start: number,
  end: number,
): Span[] {
  const spans: Span[] = [];
  let from = start;
  labels.forEach(([labelStart, labelEnd], index) => {
    const next = labels[index + 1];
    if (!next) {
      spans.push({ start: from, end: Math.max(end, from) });
      return;
    }
    const [nextStart, nextEnd] = next;
    const middle = (labelEnd + nextStart) / 2;
    const low = Math.max(from, (labelStart + labelEnd) / 2);
    const high = Math.max(low, (nextStart + nextEnd) / 2);
    const boundary = Math.min(high, Math.max(low, middle));
    spans.push({ start: from, end: boundary });
    from = boundary;
  });
  return spans;
}
