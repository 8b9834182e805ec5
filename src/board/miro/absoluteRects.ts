import type { BoardRect } from '../../core/geometry/Rect.ts';
import { fromSdkGeometry, toSdkCenter } from '../position.ts';

type Placed = {
  id: string;
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  parentId?: string | null | undefined;
};

/**
 * Every item's rectangle on the board. A child is placed from its parent frame's top-left
 * corner; one whose parent was not read (not a frame) cannot be placed and is left out.
 */
export function absoluteRects(items: readonly Placed[]): Map<string, BoardRect> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const rects = new Map<string, BoardRect>();
  const visiting = new Set<string>();
  const rectOf = (item: Placed): BoardRect | undefined => {
    const known = rects.get(item.id);
    if (known) return known;
    const parent = item.parentId ? byId.get(item.parentId) : undefined;
    if (item.parentId && (!parent || parent.type !== 'frame' || visiting.has(item.id)))
      return undefined;
    visiting.add(item.id);
    const parentRect = parent ? rectOf(parent) : undefined;
    visiting.delete(item.id);
    if (parent && !parentRect) return undefined;
    const rect = fromSdkGeometry(
      item,
      parentRect ? { ...parentRect, ...toSdkCenter(parentRect) } : null,
    );
    rects.set(item.id, rect);
    return rect;
  };
  for (const item of items) rectOf(item);
  return rects;
}
