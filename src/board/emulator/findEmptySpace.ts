import type { Rect as SdkRect } from '@mirohq/websdk-types';

/** `x`/`y` are the centre, as in Miro; touching edges do not overlap. */
function overlaps(a: SdkRect, b: SdkRect): boolean {
  return (
    Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height
  );
}

/**
 * The free spot nearest the requested centre, among the points of a grid stepping half the
 * requested size from it, whose rectangle grown by `offset` on every side overlaps no `occupied`
 * rectangle (all centre-based). Rings of the grid are searched outwards until no nearer free
 * point can remain; ties go to the first in ring order (clockwise from the top-left corner).
 */
export function findEmptySpace(
  request: SdkRect & { offset?: number },
  occupied: readonly SdkRect[],
): SdkRect {
  const { x, y, width, height } = request;
  const offset = request.offset ?? 0;
  const grown = { width: width + 2 * offset, height: height + 2 * offset };
  const stepX = width / 2;
  const stepY = height / 2;
  const isFree = (cx: number, cy: number) =>
    occupied.every((rect) => !overlaps({ x: cx, y: cy, ...grown }, rect));

  let best: { x: number; y: number; distance: number } | undefined;
  for (let ring = 0; best === undefined || ring * Math.min(stepX, stepY) <= best.distance; ring++) {
    for (const [i, j] of ringCells(ring)) {
      const cx = x + i * stepX;
      const cy = y + j * stepY;
      const distance = Math.hypot(cx - x, cy - y);
      if ((best === undefined || distance < best.distance) && isFree(cx, cy))
        best = { x: cx, y: cy, distance };
    }
  }
  return { x: best.x, y: best.y, width, height };
}

/** Grid cells at Chebyshev distance `ring` from the origin, clockwise from the top-left corner. */
function ringCells(ring: number): Array<[number, number]> {
  if (ring === 0) return [[0, 0]];
  const cells: Array<[number, number]> = [];
  for (let i = -ring; i < ring; i++) cells.push([i, -ring]);
  for (let j = -ring; j < ring; j++) cells.push([ring, j]);
  for (let i = ring; i > -ring; i--) cells.push([i, ring]);
  for (let j = ring; j > -ring; j--) cells.push([-ring, j]);
  return cells;
}
