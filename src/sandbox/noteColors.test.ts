import { describe, expect, it } from 'vitest';
import { colorLabel, noteFill } from './noteColors.ts';

describe('note colours', () => {
  it('shows an unknown colour as light yellow', () => {
    expect(noteFill('mauve')).toBe('#fff9b1');
  });

  it('names a colour for people', () => {
    expect(colorLabel('light_yellow')).toBe('Light yellow');
  });
});
