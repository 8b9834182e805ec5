import type { Rect } from '../geometry/Rect.ts';
import type { SnapshotItem } from '../snapshot/BoardSnapshot.ts';

/** Items at least this close (board units) are neighbours, whatever their size. */
const MIN_REACH = 400;
/** Bigger items reach further: labels spread over wide columns sit far apart. */
const REACH_PER_SIZE = 1.5;
const BUCKET = 1000;

function reachOf(rect: Rect): number {
  return Math.max(MIN_REACH, REACH_PER_SIZE * Math.max(rect.width, rect.height));
}

/** The larger of the horizontal and vertical gaps between two rectangles; 0 when they overlap. */
function gapBetween(a: Rect, b: Rect): number {
  const dx = Math.max(a.x - (b.x + b.width), b.x - (a.x + a.width), 0);
  const dy = Math.max(a.y - (b.y + b.height), b.y - (a.y + a.height), 0);
  return Math.max(dx, dy);
}

function find(parent: number[], index: number): number {
  let root = index;
  while (parent[root] !== root) root = parent[root] ?? root;
  let at = index;
  while (parent[at] !== root) {
    const next = parent[at] ?? root;
    parent[at] = root;
    at = next;
  }
  return root;
}

/**
 * Splits items of the open canvas into regions of items near one another: two items are
 * neighbours when the gap between them is at most the mean of their reaches (`reachOf`), and a
 * region holds every item a chain of neighbours joins. Each item is hashed into the square
 * buckets its rectangle grown by half its reach covers, so neighbours always share a bucket: the
 * cost is linear in the items plus the pairs of items near one another.
 */
export function canvasRegions(items: readonly SnapshotItem[]): SnapshotItem[][] {
  const parent = items.map((_, index) => index);
  const buckets = new Map<string, number[]>();
  const keysOf = (rect: Rect, margin: number): string[] => {
    const keys: string[] = [];
    const left = Math.floor((rect.x - margin) / BUCKET);
    const right = Math.floor((rect.x + rect.width + margin) / BUCKET);
    const top = Math.floor((rect.y - margin) / BUCKET);
    const bottom = Math.floor((rect.y + rect.height + margin) / BUCKET);
    for (let bx = left; bx <= right; bx += 1)
      for (let by = top; by <= bottom; by += 1) keys.push(`${bx},${by}`);
    return keys;
  };
  items.forEach((item, index) => {
    const reach = reachOf(item.rect);
    const keys = keysOf(item.rect, reach / 2);
    const seen = new Set<number>();
    for (const key of keys) {
      for (const other of buckets.get(key) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        const otherItem = items[other];
        if (!otherItem) continue;
        const near = (reach + reachOf(otherItem.rect)) / 2;
        if (gapBetween(item.rect, otherItem.rect) <= near)
          parent[find(parent, index)] = find(parent, other);
      }
    }
    for (const key of keys) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    }
  });
  const regions = new Map<number, SnapshotItem[]>();
  items.forEach((item, index) => {
    const root = find(parent, index);
    const region = regions.get(root);
    if (region) region.push(item);
    else regions.set(root, [item]);
  });
  return [...regions.values()];
}
