import { rectCenter, rectContainsPoint } from '../geometry/Rect.ts';
import type { BoardSnapshot, RawSnapshotItem, SnapshotItem } from './BoardSnapshot.ts';

/**
 * Assigns every item its frame: the one it is attached to, else the smallest frame holding its
 * centre. Frames belong to no frame. Linear in items × frames.
 */
export function buildSnapshot(items: readonly RawSnapshotItem[]): BoardSnapshot {
  const frames = items
    .filter((item) => item.kind === 'frame')
    .sort((a, b) => a.rect.width * a.rect.height - b.rect.width * b.rect.height);
  const frameIds = new Set(frames.map((frame) => frame.id));
  const withFrames = items.map((item): SnapshotItem => {
    if (item.kind === 'frame') return { ...item, frameId: null };
    if (item.parentId !== null && frameIds.has(item.parentId))
      return { ...item, frameId: item.parentId };
    const center = rectCenter(item.rect);
    const holder = frames.find((frame) => rectContainsPoint(frame.rect, center));
    return { ...item, frameId: holder?.id ?? null };
  });
  return { items: withFrames };
}
