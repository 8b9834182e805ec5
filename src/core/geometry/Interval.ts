/** A stretch of one axis: `start` included, `end` excluded, `start <= end`. */
export type Interval = { start: number; end: number };

export type Axis = 'x' | 'y';

export function intervalFrom(start: number, length: number): Interval {
  return { start, end: start + length };
}

export function intervalLength(interval: Interval): number {
  return interval.end - interval.start;
}

export function intervalCenter(interval: Interval): number {
  return (interval.start + interval.end) / 2;
}

export function intervalContains(interval: Interval, value: number): boolean {
  return value >= interval.start && value < interval.end;
}

/** True when `inner` lies within `outer`, ends included. */
export function intervalCovers(outer: Interval, inner: Interval): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** True when the two share interior length; touching ends do not overlap. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** How much of the axis the two share; negative by the gap between them when they are apart. */
export function overlapLength(a: Interval, b: Interval): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** The index of the interval holding `value`, or -1; `intervals` are in order and do not overlap. */
export function findInterval(intervals: readonly Interval[], value: number): number {
  let low = 0;
  let high = intervals.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const interval = intervals[middle];
    if (!interval) return -1;
    if (value < interval.start) high = middle - 1;
    else if (value >= interval.end) low = middle + 1;
    else return middle;
  }
  return -1;
}
