import * as z from 'zod/mini';

/** The sixteen named sticky-note colours a whiteboard offers; no other value is accepted. */
export const NOTE_COLORS = [
  'gray',
  'light_yellow',
  'yellow',
  'orange',
  'light_green',
  'green',
  'dark_green',
  'cyan',
  'light_pink',
  'pink',
  'violet',
  'red',
  'light_blue',
  'blue',
  'dark_blue',
  'black',
] as const;

export const NoteColor = z.enum(NOTE_COLORS);
export type NoteColor = z.infer<typeof NoteColor>;

/** How each named colour looks on the board, as #rrggbb. */
export const NOTE_COLOR_HEX: Record<NoteColor, string> = {
  gray: '#f5f6f8',
  light_yellow: '#fff9b1',
  yellow: '#f5d128',
  orange: '#ff9d48',
  light_green: '#d5f692',
  green: '#c9df56',
  dark_green: '#93d275',
  cyan: '#67c6c0',
  light_pink: '#ffcee0',
  pink: '#ea94bb',
  violet: '#be88c7',
  red: '#f16c7f',
  light_blue: '#a6ccf5',
  blue: '#6cd8fa',
  dark_blue: '#414bb2',
  black: '#1a1a1a',
};

function rgbOf(hex: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return null;
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)];
}

/**
 * The named sticky colour that looks most like a #rrggbb fill (least squared RGB distance; the
 * earlier colour of NOTE_COLORS on a tie); null for anything that is not #rrggbb.
 */
export function nearestNoteColor(hex: string): NoteColor | null {
  const rgb = rgbOf(hex);
  if (!rgb) return null;
  let best: NoteColor | null = null;
  let bestDistance = Infinity;
  for (const color of NOTE_COLORS) {
    const other = rgbOf(NOTE_COLOR_HEX[color]);
    if (!other) continue;
    const distance = rgb.reduce((sum, value, index) => sum + (value - (other[index] ?? 0)) ** 2, 0);
    if (distance < bestDistance) {
      best = color;
      bestDistance = distance;
    }
  }
  return best;
}
