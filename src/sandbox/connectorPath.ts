import { rectCenter, type Point, type Rect } from '../core/geometry/Rect.ts';

/** Where the line from the rectangle's centre towards `toward` leaves the rectangle. */
export function edgePoint(rect: Rect, toward: Point): Point {
  const from = rectCenter(rect);
  const dx = toward.x - from.x;
  const dy = toward.y - from.y;
  if (dx === 0 && dy === 0) return from;
  const scaleX = dx === 0 ? Infinity : rect.width / 2 / Math.abs(dx);
  const scaleY = dy === 0 ? Infinity : rect.height / 2 / Math.abs(dy);
  const t = Math.min(scaleX, scaleY);
  return { x: from.x + dx * t, y: from.y + dy * t };
}

/**
 * The points a connector runs through, from `start`'s edge to `end`'s edge: straight, or
 * elbowed as one horizontal and one vertical segment (one straight segment when aligned).
 */
export function connectorPath(start: Rect, end: Rect, shape: string): Point[] {
  const a = rectCenter(start);
  const b = rectCenter(end);
  if (shape !== 'elbowed') return [edgePoint(start, b), edgePoint(end, a)];
  const overlapX = Math.abs(a.x - b.x) <= (start.width + end.width) / 2;
  const overlapY = Math.abs(a.y - b.y) <= (start.height + end.height) / 2;
  if (overlapY && !overlapX) {
    const y = (Math.max(start.y, end.y) + Math.min(start.y + start.height, end.y + end.height)) / 2;
    return [edgePoint(start, { x: b.x, y }), edgePoint(end, { x: a.x, y })].map((p) => ({
      ...p,
      y,
    }));
  }
  if (overlapX && !overlapY) {
    const x = (Math.max(start.x, end.x) + Math.min(start.x + start.width, end.x + end.width)) / 2;
    return [edgePoint(start, { x, y: b.y }), edgePoint(end, { x, y: a.y })].map((p) => ({
      ...p,
      x,
    }));
  }
  const corner = { x: b.x, y: a.y };
  const leave = { x: a.x + Math.sign(b.x - a.x) * (start.width / 2), y: a.y };
  const arrive = { x: b.x, y: b.y - Math.sign(b.y - a.y) * (end.height / 2) };
  return [leave, corner, arrive];
}

/** The point halfway along the path, where a caption goes. */
export function midpoint(path: readonly Point[]): Point {
  const lengths = path.slice(1).map((point, index) => {
    const previous = path[index] ?? point;
    return Math.hypot(point.x - previous.x, point.y - previous.y);
  });
  let remaining = lengths.reduce((sum, length) => sum + length, 0) / 2;
  for (let index = 0; index < lengths.length; index++) {
    const length = lengths[index] ?? 0;
    const from = path[index];
    const to = path[index + 1];
    if (!from || !to) break;
    if (remaining <= length) {
      const t = length === 0 ? 0 : remaining / length;
      return { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
    }
    remaining -= length;
  }
  return path[0] ?? { x: 0, y: 0 };
}
