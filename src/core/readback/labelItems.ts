import { rectCenter, rectExtent } from '../geometry/Rect.ts';
import { isGoalCardText } from '../model/goalCard.ts';
import { isPersonaCardText } from '../model/personaCard.ts';
import type { SnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { isBlueprintLine } from './blueprintLines.ts';
import { isScaleMark } from './recordHolders.ts';

/** An item with its edges and centre, board units. */
export type Box = {
  item: SnapshotItem;
  left: number;
  right: number;
  top: number;
  bottom: number;
  cx: number;
  cy: number;
};

export function boxOf(item: SnapshotItem): Box {
  const across = rectExtent(item.rect, 'x');
  const down = rectExtent(item.rect, 'y');
  const center = rectCenter(item.rect);
  return {
    item,
    left: across.start,
    right: across.end,
    top: down.start,
    bottom: down.end,
    cx: center.x,
    cy: center.y,
  };
}

const MAX_NAME_LENGTH = 120;

/** A label's text as a one-line name: whitespace collapsed, at most 120 characters. */
export function labelName(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH).trim();
}

const MAX_DESCRIPTION_LENGTH = 400;

/**
 * A label's name and description (R25): the name is its first line, the lines under it (a
 * question such as "What does the customer do?") its description, absent when there are none.
 */
export function labelParts(text: string): { name: string; description?: string } {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const name = labelName(lines[0] ?? '');
  const description = lines
    .slice(1)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_DESCRIPTION_LENGTH)
    .trim();
  return description === '' ? { name } : { name, description };
}

/** The app's persona and business-goal cards, never labels: by their record, else their text. */
export function isInfoCard(item: SnapshotItem): boolean {
  const role = item.record?.role;
  return (
    role === 'persona' ||
    role === 'goal' ||
    isPersonaCardText(item.text) ||
    isGoalCardText(item.text)
  );
}

export function isNoteKind(item: SnapshotItem): boolean {
  return item.kind === 'sticky' || item.kind === 'card';
}

/** A service-blueprint line's label (R26): it divides lanes, and is never a lane, stage or note. */
export function isDividerLabel(item: SnapshotItem): boolean {
  return item.kind !== 'frame' && isBlueprintLine(firstLineName(item.text));
}

/**
 * `labelParts(text).name` without splitting the whole text or making its description: every
 * item of a map is asked whether it is a blueprint line, most of them notes.
 */
export function firstLineName(text: string): string {
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    if (line.trim() !== '') return labelName(line);
    start = end + 1;
  }
  return '';
}

/** Items that can serve as a stage or lane label: shapes, texts and stickies with text. */
export function canBeLabel(item: SnapshotItem): boolean {
  return (
    (item.kind === 'shape' || item.kind === 'text' || item.kind === 'sticky') &&
    labelName(item.text) !== '' &&
    !isDividerLabel(item) &&
    !isScaleMark(item) &&
    !isInfoCard(item) &&
    item.record?.role !== 'title'
  );
}
