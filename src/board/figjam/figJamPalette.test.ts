import { describe, expect, it } from 'vitest';
import { FIGJAM_PALETTE, figJamNoteColor } from './figJamPalette.ts';

const rgbOf = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];

describe('figJamNoteColor', () => {
  it('reads each colour of the palette as its own note colour', () => {
    for (const entry of FIGJAM_PALETTE) expect(figJamNoteColor(rgbOf(entry.hex))).toBe(entry.color);
  });

  it('reads a colour near a palette one as that one', () => {
    expect(figJamNoteColor([250, 200, 45])).toBe('yellow');
    expect(figJamNoteColor([240, 75, 40])).toBe('red');
    expect(figJamNoteColor([175, 240, 200])).toBe('light_green');
  });
});
