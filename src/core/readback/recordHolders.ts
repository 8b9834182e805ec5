import { isScaleMarkText } from '../model/scaleMark.ts';
import type { SnapshotItem } from '../snapshot/BoardSnapshot.ts';

// Kept apart from the label rules (labelItems.ts), which carry the lane vocabulary: the board
// adapters need only these two, and they load with the panel's first page.

/** The marks the app draws beside an emotions lane. */
export function isScaleMark(item: SnapshotItem): boolean {
  return item.kind === 'text' && isScaleMarkText(item.text);
}

/**
 * The items the app writes records on (title, cards, stage headers, lane labels) are shapes and
 * texts with text inside a frame; readers look for records on these items only, never on notes.
 */
export function mayHoldRecord(item: SnapshotItem): boolean {
  return (
    (item.kind === 'shape' || item.kind === 'text') &&
    item.frameId !== null &&
    item.text.trim() !== '' &&
    !isScaleMark(item)
  );
}
