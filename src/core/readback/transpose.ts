import { boardRect, type Rect } from '../geometry/Rect.ts';
import type { SnapshotItem } from '../snapshot/BoardSnapshot.ts';

/** A rectangle mirrored across the diagonal: x and y, width and height swap. */
export function transposeRect<R extends Rect>(rect: R): Rect {
  return { x: rect.y, y: rect.x, width: rect.height, height: rect.width };
}

/**
 * An item mirrored across the diagonal, so that a map with stages down the left and lanes across
 * the top reads as one with stages across and lanes down (R23). Nothing but its place changes.
 */
export function transposeItem(item: SnapshotItem): SnapshotItem {
  return { ...item, rect: boardRect(transposeRect(item.rect)) };
}
