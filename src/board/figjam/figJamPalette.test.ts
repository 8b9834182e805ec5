import { describe, expect, it } from 'vitest';
import { FIGJAM_PALETTE, NOTE_COLOR_FIGJAM_HEX, figJamNoteColor } from './figJamPalette.ts';

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

describe('NOTE_COLOR_FIGJAM_HEX', () => {
  it('draws every note colour in a palette colour', () => {
    const hexes = new Set(FIGJAM_PALETTE.map((entry) => entry.hex));
    for (const hex of Object.values(NOTE_COLOR_FIGJAM_HEX)) expect(hexes.has(hex)).toBe(true);
  });

  it('reads a colour FigJam has back as itself, one it lacks as the nearest it has', () => {
    expect(figJamNoteColor(rgbOf(NOTE_COLOR_FIGJAM_HEX.light_yellow))).toBe('light_yellow');
    expect(figJamNoteColor(rgbOf(NOTE_COLOR_FIGJAM_HEX.red))).toBe('red');
    expect(figJamNoteColor(rgbOf(NOTE_COLOR_FIGJAM_HEX.light_green))).toBe('light_green');
    expect(figJamNoteColor(rgbOf(NOTE_COLOR_FIGJAM_HEX.pink))).toBe('light_pink');
    expect(figJamNoteColor(rgbOf(NOTE_COLOR_FIGJAM_HEX.dark_blue))).toBe('blue');
  });
});
