import { LANE_PROMPTS } from '../model/lanePrompts.ts';
import { PHOTO_TEXT } from '../model/personaCard.ts';
import { isScaleMarkText } from '../model/scaleMark.ts';
import type { SnapshotItem } from '../snapshot/BoardSnapshot.ts';

// Kept apart from the label rules (labelItems.ts), which carry the lane vocabulary: the board
// adapters need only these, and they load with the panel's first page.

/** The marks the app draws beside an emotions lane. */
export function isScaleMark(item: SnapshotItem): boolean {
  return item.kind === 'text' && isScaleMarkText(item.text);
}

const PROMPTS = new Set<string>(Object.values(LANE_PROMPTS));

/** A lane's prompt question or the persona's photo placeholder as the app draws them: no record. */
export function isDrawnWithoutRecord(item: SnapshotItem): boolean {
  const text = item.text.trim();
  return (
    (item.kind === 'text' && PROMPTS.has(text)) || (item.kind === 'shape' && text === PHOTO_TEXT)
  );
}

/**
 * The items the app writes records on (title, cards, stage headers, lane labels) are shapes and
 * texts with text inside a frame, not the scale marks, prompts and photo placeholder it draws
 * without one; readers look for records on these items only, never on notes.
 */
export function mayHoldRecord(item: SnapshotItem): boolean {
  return (
    (item.kind === 'shape' || item.kind === 'text') &&
    item.frameId !== null &&
    item.text.trim() !== '' &&
    !isScaleMark(item) &&
    !isDrawnWithoutRecord(item)
  );
}
