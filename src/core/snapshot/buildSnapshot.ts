import { rectCenter, rectContainsPoint } from '../geometry/Rect.ts';
import type { BoardSnapshot, RawSnapshotItem, SnapshotItem } from './BoardSnapshot.ts';

/**
 * The item with its frame, every field written out: V8 stores `{ ...item, frameId }` with most
 * fields out of line, about 630 bytes an item against about 150 for this literal, so the bench
 * board's 10,720 items take 5 MB less (and readback reads in-object fields). The return type
 * makes a field added to `RawSnapshotItem` fail to compile here until it is copied too.
 */
function withFrame(item: RawSnapshotItem, frameId: string | null): SnapshotItem {
  return {
    id: item.id,
    kind: item.kind,
    rect: item.rect,
    text: item.text,
    color: item.color,
    fill: item.fill,
    fontSize: item.fontSize,
    tags: item.tags,
    author: item.author,
    createdAt: item.createdAt,
    modifiedAt: item.modifiedAt,
    parentId: item.parentId,
    record: item.record,
    votes: item.votes,
    frameId,
  };
}

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
    if (item.kind === 'frame') return withFrame(item, null);
    if (item.parentId !== null && frameIds.has(item.parentId))
      return withFrame(item, item.parentId);
    const center = rectCenter(item.rect);
    const holder = frames.find((frame) => rectContainsPoint(frame.rect, center));
    return withFrame(item, holder?.id ?? null);
  });
  return { items: withFrames };
}
