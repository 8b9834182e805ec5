import { describe, expect, it } from 'vitest';
import { NOTE_COLOR_HEX, NOTE_COLORS } from './noteColor.ts';
import { DARK_TEXT, LIGHT_TEXT, luminance, textColorOn } from './noteInk.ts';

describe('ink on a note', () => {
  it('is white on dark blue and black only', () => {
    const light = NOTE_COLORS.filter((color) => textColorOn(NOTE_COLOR_HEX[color]) === LIGHT_TEXT);
    expect(light).toEqual(['dark_blue', 'black']);
    expect(textColorOn(NOTE_COLOR_HEX.light_yellow)).toBe(DARK_TEXT);
  });

  it('measures luminance from black to white', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1);
  });
});
