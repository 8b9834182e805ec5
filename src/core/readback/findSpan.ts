import type { Span } from './MapGrid.ts';

/** The index of the span holding `value`, or -1; `spans` are in order and do not overlap. */
export function findSpan(spans: readonly Span[], value: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (!span) return -1;
    if (value < span.start) high = middle - 1;
    else if (value >= span.end) low = middle + 1;
    else return middle;
  }
  return -1;
}
