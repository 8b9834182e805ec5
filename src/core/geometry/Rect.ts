import {
  intervalContains,
  intervalCovers,
  intervalFrom,
  intervalLength,
  intervalsOverlap,
  type Axis,
  type Interval,
} from './Interval.ts';

/** An axis-aligned rectangle; (x, y) is its top-left corner, y grows downwards. */
export type Rect = { x: number; y: number; width: number; height: number };

export type Point = { x: number; y: number };

declare const space: unique symbol;

/** Measured from its frame's top-left corner, as a plan lays items out. */
export type FrameRect = Rect & { readonly [space]: 'frame' };

/** Measured from the board's origin, as a snapshot holds items. */
export type BoardRect = Rect & { readonly [space]: 'board' };

export function frameRect(rect: Rect): FrameRect {
  return { x: rect.x, y: rect.y, width: rect.width, height: rect.height } as FrameRect;
}

export function boardRect(rect: Rect): BoardRect {
  return { x: rect.x, y: rect.y, width: rect.width, height: rect.height } as BoardRect;
}

/** Where a frame-local rectangle lies on the board, for a frame whose top-left corner is `frameOrigin`. */
export function frameToBoard(rect: FrameRect, frameOrigin: Point): BoardRect {
  return boardRect({ ...rect, x: frameOrigin.x + rect.x, y: frameOrigin.y + rect.y });
}

/** The rectangle whose sides are these two intervals. */
export function rectOfIntervals(x: Interval, y: Interval): Rect {
  return { x: x.start, y: y.start, width: intervalLength(x), height: intervalLength(y) };
}

/** The stretch of `axis` the rectangle covers. */
export function rectExtent(rect: Rect, axis: Axis): Interval {
  return axis === 'x' ? intervalFrom(rect.x, rect.width) : intervalFrom(rect.y, rect.height);
}

export function rectCenter(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/** The rectangle of `size` whose centre is `center`. */
export function rectAround(center: Point, size: { width: number; height: number }): Rect {
  const { width, height } = size;
  return { x: center.x - width / 2, y: center.y - height / 2, width, height };
}

/** The smallest rectangle holding all of `rects`; undefined when there are none. */
export function boundsOf(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const rect of rects) {
    left = Math.min(left, rect.x);
    top = Math.min(top, rect.y);
    right = Math.max(right, rect.x + rect.width);
    bottom = Math.max(bottom, rect.y + rect.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** True when the two rectangles share interior area; touching edges do not overlap. */
export function rectsOverlap<R extends Rect>(a: R, b: R): boolean {
  return (
    intervalsOverlap(rectExtent(a, 'x'), rectExtent(b, 'x')) &&
    intervalsOverlap(rectExtent(a, 'y'), rectExtent(b, 'y'))
  );
}

export function rectContains<R extends Rect>(outer: R, inner: R): boolean {
  return (
    intervalCovers(rectExtent(outer, 'x'), rectExtent(inner, 'x')) &&
    intervalCovers(rectExtent(outer, 'y'), rectExtent(inner, 'y'))
  );
}

export function rectContainsPoint(rect: Rect, point: Point): boolean {
  return (
    intervalContains(rectExtent(rect, 'x'), point.x) &&
    intervalContains(rectExtent(rect, 'y'), point.y)
  );
}

export function translateRect<R extends Rect>(rect: R, dx: number, dy: number): R {
  return { ...rect, x: rect.x + dx, y: rect.y + dy };
}
