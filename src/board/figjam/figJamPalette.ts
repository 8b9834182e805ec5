import type { NoteColor } from '../../core/model/noteColor.ts';

/**
 * FigJam's palette, `figma.constants.colors.figJamBase` and `figJamBaseLight`, as #rrggbb, with
 * the note colour each reads as. The values are those of
 * https://developers.figma.com/docs/plugins/api/ColorPalettes ("official FigJam colors"); the
 * typings name the colours but give no values. FigJam has no pink: Light Red reads as light_pink,
 * the colour our emotion rules read alike with red (negative).
 */
export const FIGJAM_PALETTE: readonly { name: string; hex: string; color: NoteColor }[] = [
  { name: 'Black', hex: '#1e1e1e', color: 'black' },
  { name: 'Gray', hex: '#b3b3b3', color: 'gray' },
  { name: 'Red', hex: '#f24822', color: 'red' },
  { name: 'Orange', hex: '#ffa629', color: 'orange' },
  { name: 'Yellow', hex: '#ffcd29', color: 'yellow' },
  { name: 'Green', hex: '#14ae5c', color: 'green' },
  { name: 'Blue', hex: '#0d99ff', color: 'blue' },
  { name: 'Violet', hex: '#9747ff', color: 'violet' },
  { name: 'White', hex: '#ffffff', color: 'gray' },
  { name: 'Dark Gray', hex: '#757575', color: 'gray' },
  { name: 'Light Gray', hex: '#e6e6e6', color: 'gray' },
  { name: 'Light Red', hex: '#ffc7c2', color: 'light_pink' },
  { name: 'Light Orange', hex: '#fcd19c', color: 'orange' },
  { name: 'Light Yellow', hex: '#ffe8a3', color: 'light_yellow' },
  { name: 'Light Green', hex: '#aff4c6', color: 'light_green' },
  { name: 'Light Blue', hex: '#bde3ff', color: 'light_blue' },
  { name: 'Light Violet', hex: '#e4ccff', color: 'violet' },
];

/** The note colour of the palette entry nearest to `rgb` (channels 0–255; least squared distance). */
export function figJamNoteColor(rgb: readonly [number, number, number]): NoteColor {
  let best = FIGJAM_PALETTE[0] ?? { color: 'yellow' as const, hex: '#ffcd29' };
  let bestDistance = Infinity;
  for (const entry of FIGJAM_PALETTE) {
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(entry.hex.slice(at, at + 2), 16));
    const distance = ((r ?? 0) - rgb[0]) ** 2 + ((g ?? 0) - rgb[1]) ** 2 + ((b ?? 0) - rgb[2]) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [entry, distance];
  }
  return best.color;
}

/**
 * The palette colour a note of each colour is drawn in: its own where FigJam has it, else the
 * nearest of the same hue (FigJam has no cyan, pink, dark green or dark blue).
 */
export const NOTE_COLOR_FIGJAM_HEX: Record<NoteColor, string> = {
  gray: '#e6e6e6',
  light_yellow: '#ffe8a3',
  yellow: '#ffcd29',
  orange: '#ffa629',
  light_green: '#aff4c6',
  green: '#14ae5c',
  dark_green: '#14ae5c',
  cyan: '#bde3ff',
  light_pink: '#ffc7c2',
  pink: '#ffc7c2',
  violet: '#9747ff',
  red: '#f24822',
  light_blue: '#bde3ff',
  blue: '#0d99ff',
  dark_blue: '#0d99ff',
  black: '#1e1e1e',
};

/** Channels 0–255 as #rrggbb. */
export function hexOf(rgb: readonly number[]): string {
  return `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}
