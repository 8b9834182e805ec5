import { rectContains } from '../geometry/Rect.ts';
import type { SnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { isDividerLabel } from './labelItems.ts';
import { isScaleMark } from './recordHolders.ts';

function hasText(item: SnapshotItem): boolean {
  return item.text.trim() !== '';
}

/** True when the text lies wholly on the shape in smaller type (either font may be unknown). */
function liesOn(text: SnapshotItem, shape: SnapshotItem): boolean {
  const smaller =
    text.fontSize === null || shape.fontSize === null || text.fontSize < shape.fontSize;
  return smaller && rectContains(shape.rect, text.rect);
}

/**
 * The texts that lie on a shape with text (R39): a text with text (not a scale mark, a blueprint
 * line or an item with a record) wholly inside the shape in smaller type (the smallest shape when
 * several hold it), by the text's id.
 * The app draws a lane's prompt question so, on the lane's label box.
 */
export function textsOnShapes(items: readonly SnapshotItem[]): Map<string, SnapshotItem> {
  const shapes = items.filter((item) => item.kind === 'shape' && hasText(item));
  const on = new Map<string, SnapshotItem>();
  if (shapes.length === 0) return on;
  for (const item of items) {
    if (item.kind !== 'text' || !hasText(item) || item.record) continue;
    if (isScaleMark(item) || isDividerLabel(item)) continue;
    let holder: SnapshotItem | undefined;
    for (const shape of shapes)
      if (
        liesOn(item, shape) &&
        (!holder || shape.rect.width * shape.rect.height < holder.rect.width * holder.rect.height)
      )
        holder = shape;
    if (holder) on.set(item.id, holder);
  }
  return on;
}

/**
 * The items with each text that lies on a shape (`textsOnShapes`) folded into that shape: its
 * lines follow the shape's own, top to bottom, and the text is no item of its own, so it is never
 * a label, and under a lane label it is the lane's description (R25).
 */
export function withTextsOnLabels(items: readonly SnapshotItem[]): SnapshotItem[] {
  const on = textsOnShapes(items);
  if (on.size === 0) return [...items];
  const added = new Map<string, SnapshotItem[]>();
  for (const item of items) {
    const holder = on.get(item.id);
    if (holder) added.set(holder.id, [...(added.get(holder.id) ?? []), item]);
  }
  return items.flatMap((item) => {
    if (on.has(item.id)) return [];
    const texts = added.get(item.id);
    if (!texts) return [item];
    const lines = [...texts].sort((a, b) => a.rect.y - b.rect.y).map((text) => text.text);
    return [{ ...item, text: [item.text, ...lines].join('\n') }];
  });
}
