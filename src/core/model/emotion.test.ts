import { describe, expect, it } from 'vitest';
import { EMOTION_SCORES, formatEmotion, scaleDepth } from './emotion.ts';

describe('formatEmotion', () => {
  it('signs every score of the scale, with a minus sign', () => {
    expect(EMOTION_SCORES.map(formatEmotion)).toEqual(['+2', '+1', '0', '−1', '−2']);
  });
});

describe('scaleDepth', () => {
  it('puts +2 at the top of the scale, −2 at the bottom and a mean in between', () => {
    // (2 − 1.5) / 4
    expect([scaleDepth(2), scaleDepth(0), scaleDepth(-2), scaleDepth(1.5)]).toEqual([
      0, 0.5, 1, 0.125,
    ]);
  });
});
