import { describe, expect, it } from 'vitest';
import { formatEmotionMean } from './formatEmotionMean.ts';

describe('formatEmotionMean', () => {
  it.each([
    [1.5, '+1.5'],
    [-2, '−2'],
    [2, '+2'],
    [-1 / 3, '−0.3'],
    [0.04, '0'],
    [0, '0'],
    [null, '—'],
  ])('shows %s as %s', (mean, text) => {
    expect(formatEmotionMean(mean)).toBe(text);
  });
});
