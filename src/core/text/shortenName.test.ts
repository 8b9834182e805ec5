import { describe, expect, it } from 'vitest';
import { shortenName } from './shortenName.ts';

describe('shortenName', () => {
  it('keeps a name that fits', () => {
    expect(shortenName('Pick-up & pay', 13)).toBe('Pick-up & pay');
  });

  it('cuts after the last whole word that fits and adds an ellipsis', () => {
    expect(shortenName('Worried about the cost and about losing a day', 20)).toBe(
      'Worried about the…',
    );
    expect(shortenName('Worried about the cost', 18)).toBe('Worried about the…');
  });

  it('drops the punctuation the cut leaves at the end', () => {
    expect(shortenName('Fed up, after twenty minutes', 9)).toBe('Fed up…');
  });

  it('counts an emoji as one character and never splits it', () => {
    expect(shortenName('👩‍👩‍👧 family of three', 10)).toBe('👩‍👩‍👧 family…');
  });

  it('cuts inside a first word that alone is longer than the limit', () => {
    expect(shortenName('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('reads runs of white space as one space, so a stage name cuts where a reader sees words', () => {
    expect(shortenName('Sign up  and onboard', 12)).toBe('Sign up and…');
    expect(shortenName('  Awareness\n', 9)).toBe('Awareness');
  });

  it('cuts inside a first word too long for the limit', () => {
    expect(shortenName('Consideration', 6)).toBe('Consi…');
  });

  it('counts an emoji as one character', () => {
    expect(shortenName('🚗 Drop-off at the centre', 12)).toBe('🚗 Drop-off…');
  });
});
