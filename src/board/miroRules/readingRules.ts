import type { z } from 'zod';
import { NOTE_COLORS, type NoteColor } from '../../core/model/noteColor.ts';
import { htmlToText } from '../../core/text/htmlToText.ts';
import { describeIssues } from '../../core/validation/describeIssues.ts';
import { hexColor } from './hexColor.ts';

/**
 * How both board readers (the SDK's `readBoardSnapshot`, the REST file's `boardFileToSnapshot`)
 * read a Miro item, whatever shape the API gives it in: its texts and style as fields.
 */
export type ItemFields = {
  type: string;
  title?: string | undefined;
  description?: string | undefined;
  content?: string | undefined;
  style?: { fillColor?: string | undefined; cardTheme?: string | undefined } | undefined;
};

/** A frame's title; a card's title, a line break and its description; any other item's content. */
export function textOf(item: ItemFields): string {
  switch (item.type) {
    case 'frame':
      return htmlToText(item.title ?? '');
    case 'card':
      return [htmlToText(item.title ?? ''), htmlToText(item.description ?? '')]
        .filter((part) => part !== '')
        .join('\n');
    default:
      return htmlToText(item.content ?? '');
  }
}

/** A shape's or text's fill, a card's theme, as #rrggbb; null for other items and unknown colours. */
export function fillOf(item: ItemFields): string | null {
  switch (item.type) {
    case 'shape':
    case 'text':
      return hexColor(item.style?.fillColor);
    case 'card':
      return hexColor(item.style?.cardTheme);
    default:
      return null;
  }
}

const NOTE_COLOR_NAMES: ReadonlySet<string> = new Set(NOTE_COLORS);

/** A sticky note's named colour; null for other items and colours Miro may add. */
export function noteColorOf(item: ItemFields): NoteColor | null {
  if (item.type !== 'sticky_note') return null;
  const color = item.style?.fillColor;
  return color !== undefined && NOTE_COLOR_NAMES.has(color) ? (color as NoteColor) : null;
}

/** The warning for an item the reader cannot read, which is left out of the snapshot. */
export function unreadableItemWarning(
  item: { id?: unknown; type?: unknown },
  error: z.core.$ZodError,
): string {
  const id = typeof item.id === 'string' ? `Item ${item.id}` : 'An item';
  const type = typeof item.type === 'string' ? ` (${item.type})` : '';
  return `${id}${type} cannot be read (${describeIssues(error)}); it is left out`;
}
