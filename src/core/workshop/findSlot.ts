import { moveInside } from '../geometry/moveInside.ts';
import {
  rectCenter,
  rectContainsPoint,
  rectsOverlap,
  translateRect,
  type Rect,
} from '../geometry/Rect.ts';
import { cellSlots, scaleRowSlots, slotRect, type SlotGrid } from '../layout/noteSlots.ts';
import type { EmotionScore } from '../model/emotion.ts';
import type { LaneKind } from '../model/laneKind.ts';

/** Where a new note goes; `crowded` when every slot was taken and it had to overlap others. */
export type FoundSlot<R extends Rect> = { rect: R; crowded: boolean };

/** How far a note added to a full slot sits from the one under it, down and to the right. */
export const CASCADE_STEP = 30;

/**
 * The slots for a note added to a cell of a lane: on the row of `score` when the lane is an
 * emotions lane and a score is chosen, else the cell's grid of default notes.
 */
export function slotsForLane<R extends Rect>(
  cell: R,
  laneKind: LaneKind,
  score: EmotionScore | null = null,
): SlotGrid<R> {
  return laneKind === 'emotions' && score !== null ? scaleRowSlots(cell, score) : cellSlots(cell);
}

function cascaded<R extends Rect>(slots: SlotGrid<R>, occupied: readonly R[]): R {
  let best = slotRect(slots, 0);
  let bestDepth = Infinity;
  for (let index = 0; index < slots.columns * slots.rows; index++) {
    const slot = slotRect(slots, index);
    const depth = occupied.filter((rect) => rectContainsPoint(slot, rectCenter(rect))).length;
    if (depth < bestDepth) [best, bestDepth] = [slot, depth];
  }
  const offset = bestDepth * CASCADE_STEP;
  return moveInside(translateRect(best, offset, offset), slots.area);
}

/**
 * The next free slot, row-major, that covers none of `occupied`; when none is free, the least
 * filled slot, cascaded over the notes already in it and kept inside the slots' area.
 */
export function findSlot<R extends Rect>(slots: SlotGrid<R>, occupied: readonly R[]): FoundSlot<R> {
  for (let index = 0; index < slots.columns * slots.rows; index++) {
    const slot = slotRect(slots, index);
    if (!occupied.some((rect) => rectsOverlap(slot, rect))) return { rect: slot, crowded: false };
  }
  return { rect: cascaded(slots, occupied), crowded: true };
}

/** Slots for `count` notes added at once, each taking into account the ones before it. */
export function findSlots<R extends Rect>(
  slots: SlotGrid<R>,
  occupied: readonly R[],
  count: number,
): FoundSlot<R>[] {
  const taken = [...occupied];
  const found: FoundSlot<R>[] = [];
  for (let n = 0; n < count; n++) {
    const slot = findSlot(slots, taken);
    found.push(slot);
    taken.push(slot.rect);
  }
  return found;
}
