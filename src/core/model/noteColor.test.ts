import { describe, expect, it } from 'vitest';
import { nearestNoteColor } from './noteColor.ts';

describe('nearestNoteColor', () => {
  it('[R28] names a sticky colour by its own hex, in either case', () => {
    expect(nearestNoteColor('#fff9b1')).toBe('light_yellow');
    expect(nearestNoteColor('#F16C7F')).toBe('red');
  });

  it('[R28] names the nearest sticky colour of any other fill', () => {
    // pure red: red #f16c7f is 14² + 108² + 127² = 27989 away, orange #ff9d48 0 + 157² + 72² = 29833
    expect(nearestNoteColor('#ff0000')).toBe('red');
    expect(nearestNoteColor('#000000')).toBe('black');
    expect(nearestNoteColor('#90d070')).toBe('dark_green');
  });

  it('[R28] names nothing for what is not #rrggbb', () => {
    expect(nearestNoteColor('transparent')).toBeNull();
    expect(nearestNoteColor('#fff')).toBeNull();
  });
});
