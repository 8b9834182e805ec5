import type { Rect } from '../core/geometry/Rect.ts';
import type { Point } from './camera.ts';

/** What hit testing needs of an item: its board rectangle (top-left based). */
export type HitTarget = { id: string; type: string; rect: Rect };

function contains(rect: Rect, point: Point): boolean {
  return (
    point.x >= rect.x &&
    point.x <= rect.x + rect.width &&
    point.y >= rect.y &&
    point.y <= rect.y + rect.height
  );
}

/** A frame's title sits above its top-left corner, `titleHeight` board units high. */
export function frameTitleRect(frame: Rect, titleHeight: number): Rect {
  return { x: frame.x, y: frame.y - titleHeight, width: frame.width, height: titleHeight };
}

/**
 * The topmost item under `point`, `targets` being in drawing order (last on top). A frame is
 * hit by its title or its body only when no other item is under the point.
 */
export function hitTest(
  targets: readonly HitTarget[],
  point: Point,
  titleHeight: number,
): string | undefined {
  let frame: string | undefined;
  for (let index = targets.length - 1; index >= 0; index--) {
    const target = targets[index];
    if (!target) continue;
    if (target.type !== 'frame') {
      if (contains(target.rect, point)) return target.id;
    } else if (
      frame === undefined &&
      (contains(target.rect, point) || contains(frameTitleRect(target.rect, titleHeight), point))
    ) {
      frame = target.id;
    }
  }
  return frame;
}

/** The items lying wholly inside `area`, in drawing order. */
export function itemsInside(targets: readonly HitTarget[], area: Rect): string[] {
  return targets
    .filter(
      (target) =>
        target.rect.x >= area.x &&
        target.rect.y >= area.y &&
        target.rect.x + target.rect.width <= area.x + area.width &&
        target.rect.y + target.rect.height <= area.y + area.height,
    )
    .map((target) => target.id);
}

/** The rectangle spanned by two corners, whichever way the drag went. */
export function rectBetween(a: Point, b: Point): Rect {
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(a.x - b.x),
    height: Math.abs(a.y - b.y),
  };
}
