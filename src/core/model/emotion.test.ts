import { describe, expect, it } from 'vitest';
import {
  EMOTION_SCORES,
  formatEmotion,
  scaleDepth,
  scaleRowOf,
  scoreAtScaleDepth,
} from './emotion.ts';

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

describe('scaleRowOf and scoreAtScaleDepth', () => {
  it('draws +2 in the top row and −2 in the bottom one', () => {
    expect(EMOTION_SCORES.map(scaleRowOf)).toEqual([0, 1, 2, 3, 4]);
  });

  it('reads a depth as the score of its fifth, the edges included', () => {
    // fifths: [0, 0.2) +2, [0.2, 0.4) +1, [0.4, 0.6) 0, [0.6, 0.8) −1, [0.8, 1] −2
    expect([-0.1, 0, 0.19, 0.2, 0.5, 0.79, 0.8, 1, 1.3].map(scoreAtScaleDepth)).toEqual([
      2, 2, 2, 1, 0, -1, -2, -2, -2,
    ]);
  });

  it('reads back the score of a note drawn in the middle of its row', () => {
    // row r spans [r/5, (r + 1)/5); its middle is (r + 0.5) / 5
    expect(EMOTION_SCORES.map((score) => scoreAtScaleDepth((scaleRowOf(score) + 0.5) / 5))).toEqual(
      [2, 1, 0, -1, -2],
    );
  });
});
