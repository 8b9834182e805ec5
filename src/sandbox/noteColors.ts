import type { NoteColor } from '../core/model/noteColor.ts';
import { NOTE_COLOR_HEX, NOTE_COLORS } from '../core/model/noteColor.ts';

export function isNoteColor(value: string): value is NoteColor {
  return (NOTE_COLORS as readonly string[]).includes(value);
}

/** A sticky note's paper colour; an unknown name shows as light yellow, Miro's default. */
export function noteFill(color: string | undefined): string {
  return color !== undefined && isNoteColor(color)
    ? NOTE_COLOR_HEX[color]
    : NOTE_COLOR_HEX.light_yellow;
}

export function colorLabel(color: string): string {
  const words = color.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
