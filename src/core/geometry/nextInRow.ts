import { rectContainsPoint, rectsOverlap, type Rect } from './Rect.ts';

/**
 * Where a new area of `size` goes so that areas added one after another line up: to the right of
 * the area the view is on (the smallest holding the view's centre), top-aligned with it, `gap` from
 * it — and past any other area in the way, `gap` from the last of them. Undefined when the view is
 * on none of `areas`.
 */
export function nextInRow(
  view: Rect,
  areas: readonly Rect[],
  size: { width: number; height: number },
  gap: number,
): Rect | undefined {
  const center = { x: view.x + view.width / 2, y: view.y + view.height / 2 };
  const anchor = areas
    .filter((area) => rectContainsPoint(area, center))
    .reduce<Rect | undefined>(
      (smallest, area) =>
        smallest && smallest.width * smallest.height <= area.width * area.height ? smallest : area,
      undefined,
    );
  if (!anchor) return undefined;
  // Left to right: each area in the way pushes the candidate past its right edge, so one pass will do.
  const byLeft = [...areas].sort((a, b) => a.x - b.x);
  let place: Rect = { x: anchor.x + anchor.width + gap, y: anchor.y, ...size };
  for (const area of byLeft) {
    const room = {
      x: place.x - gap,
      y: place.y - gap,
      width: size.width + 2 * gap,
      height: size.height + 2 * gap,
    };
    if (area !== anchor && rectsOverlap(room, area))
      place = { ...place, x: Math.max(place.x, area.x + area.width + gap) };
  }
  return place;
}
