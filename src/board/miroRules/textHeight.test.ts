import { describe, expect, it } from 'vitest';
import { estimateTextHeight } from './textHeight.ts';

describe('estimateTextHeight', () => {
  it('is one line high for short text', () => {
    expect(estimateTextHeight('Hello', 300, 14)).toBeCloseTo(19.6); // 14 × 1.4
  });

  it('is one line high when empty', () => {
    expect(estimateTextHeight('', 300, 10)).toBe(14); // 1 × 10 × 1.4
  });

  it('counts each paragraph as at least one line', () => {
    expect(estimateTextHeight('<p>a</p><p></p><p>b</p>', 300, 10)).toBe(42); // 3 × 10 × 1.4
  });

  it('wraps at width / (0.55 × fontSize) characters', () => {
    // 110 / 5.5 = 20 characters a line; 41 characters → 3 lines × 10 × 1.4
    expect(estimateTextHeight('x'.repeat(41), 110, 10)).toBe(42);
  });
});
