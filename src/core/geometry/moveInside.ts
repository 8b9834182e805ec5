import type { Rect } from './Rect.ts';

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}

/** `rect` moved as little as it takes to lie inside `area`; one larger than `area` aligns to its top-left. */
export function moveInside<R extends Rect>(rect: R, area: Rect): R {
  return {
    ...rect,
    x: clamp(rect.x, area.x, area.x + area.width - rect.width),
    y: clamp(rect.y, area.y, area.y + area.height - rect.height),
  };
}
