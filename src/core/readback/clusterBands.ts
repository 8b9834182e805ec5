import { intervalLength, overlapLength, type Axis } from '../geometry/Interval.ts';
import { rectExtent } from '../geometry/Rect.ts';
import type { Box } from './labelItems.ts';

function center(box: Box, axis: Axis): number {
  return axis === 'x' ? box.cx : box.cy;
}

/**
 * True when two boxes line up along `axis`: their starts, centres or ends agree within a fifth
 * of the smaller size (8 units at least), or they overlap by half the smaller size and neither
 * is more than three times the other.
 */
export function sameBand(a: Box, b: Box, axis: Axis): boolean {
  if (alignedAlong(a, b, axis)) return true;
  const aExtent = rectExtent(a.item.rect, axis);
  const bExtent = rectExtent(b.item.rect, axis);
  const narrow = Math.min(intervalLength(aExtent), intervalLength(bExtent));
  const wide = Math.max(intervalLength(aExtent), intervalLength(bExtent));
  return overlapLength(aExtent, bExtent) >= narrow / 2 && wide <= narrow * 3;
}

/**
 * True when two boxes' starts, centres or ends along `axis` agree within a fifth of the smaller
 * size (8 units at least): the stricter half of `sameBand`, without mere overlap.
 */
export function alignedAlong(a: Box, b: Box, axis: Axis): boolean {
  const aExtent = rectExtent(a.item.rect, axis);
  const bExtent = rectExtent(b.item.rect, axis);
  const narrow = Math.min(intervalLength(aExtent), intervalLength(bExtent));
  const tolerance = Math.max(8, narrow / 5);
  return (
    Math.abs(aExtent.start - bExtent.start) <= tolerance ||
    Math.abs(aExtent.end - bExtent.end) <= tolerance ||
    Math.abs(center(a, axis) - center(b, axis)) <= tolerance
  );
}

/**
 * Groups boxes that line up along `axis` ('y': rows, 'x': columns) and share a `typeOf` key.
 * Each group is anchored on its first box; a box joins the latest group whose anchor it lines up
 * with. Groups come in order of their anchor's centre; boxes in a group in order of centre across
 * (a row left to right, a column top to bottom).
 */
export function clusterBands(
  boxes: readonly Box[],
  axis: Axis,
  typeOf: (box: Box) => string,
): Box[][] {
  const sorted = [...boxes].sort((a, b) => center(a, axis) - center(b, axis));
  const groups: { anchor: Box; type: string; boxes: Box[] }[] = [];
  let largest = 0;
  for (const box of sorted) {
    const size = intervalLength(rectExtent(box.item.rect, axis));
    const type = typeOf(box);
    let joined = false;
    for (let g = groups.length - 1; g >= 0; g -= 1) {
      const group = groups[g];
      if (!group) continue;
      if (center(box, axis) - center(group.anchor, axis) > largest + size + 8) break;
      if (group.type === type && sameBand(group.anchor, box, axis)) {
        group.boxes.push(box);
        joined = true;
        break;
      }
    }
    if (!joined) groups.push({ anchor: box, type, boxes: [box] });
    largest = Math.max(largest, size);
  }
  const across: Axis = axis === 'x' ? 'y' : 'x';
  return groups.map((group) => group.boxes.sort((a, b) => center(a, across) - center(b, across)));
}
