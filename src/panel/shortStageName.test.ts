import { describe, expect, it } from 'vitest';
import { shortStageName } from './shortStageName.ts';

describe('shortStageName', () => {
  it('keeps a name that fits', () => {
    expect(shortStageName('Awareness', 9)).toBe('Awareness');
  });

  it('cuts at a word boundary when the first words fit', () => {
    expect(shortStageName('Sign up  and onboard', 12)).toBe('Sign up and…');
  });

  it('cuts inside the first word when even that is too long', () => {
    expect(shortStageName('Consideration', 6)).toBe('Consi…');
  });

  it('counts an emoji as one character', () => {
    expect(shortStageName('🚗 Drop-off at the centre', 12)).toBe('🚗 Drop-off…');
  });
});
