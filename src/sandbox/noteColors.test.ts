import { describe, expect, it } from 'vitest';
import { NOTE_COLORS } from '../core/model/noteColor.ts';
import { colorLabel, noteFill, textColorOn } from './noteColors.ts';

describe('note colours', () => {
  it('shows white text on dark blue and black only', () => {
    const light = NOTE_COLORS.filter((color) => textColorOn(noteFill(color)) === '#ffffff');
    expect(light).toEqual(['dark_blue', 'black']);
  });

  it('shows an unknown colour as light yellow', () => {
    expect(noteFill('mauve')).toBe('#fff9b1');
  });

  it('names a colour for people', () => {
    expect(colorLabel('light_yellow')).toBe('Light yellow');
  });
});
