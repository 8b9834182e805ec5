import { describe, expect, it } from 'vitest';
import { normaliseText } from './normaliseText.ts';

describe('normaliseText', () => {
  it('lowercases, collapses whitespace and trims punctuation at both ends', () => {
    expect(normaliseText('  “Slow   Checkout!!”\n')).toBe('slow checkout');
  });

  it('keeps punctuation inside the text', () => {
    expect(normaliseText('Fee, then slot.')).toBe('fee, then slot');
  });
});
