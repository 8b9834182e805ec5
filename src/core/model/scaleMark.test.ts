import { describe, expect, it } from 'vitest';
import { EMOTION_SCORES } from './emotion.ts';
import { isScaleMarkText, scaleMarkText } from './scaleMark.ts';

describe('scaleMarkText', () => {
  it('writes each score of the scale with its face, signed, with a minus sign', () => {
    expect(EMOTION_SCORES.map(scaleMarkText)).toEqual(['😀 +2', '🙂 +1', '😐 0', '🙁 −1', '😡 −2']);
  });
});

describe('isScaleMarkText', () => {
  it('knows every mark the app writes', () => {
    expect(EMOTION_SCORES.map(scaleMarkText).every(isScaleMarkText)).toBe(true);
  });

  it('knows the plain marks of maps drawn before faces', () => {
    expect(['+2', '+1', '0', '−1', '−2'].map(isScaleMarkText)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('takes a hyphen for the minus sign and ignores surrounding space', () => {
    expect(['-1', ' -2 ', '+1\n', '🙁 -1', ' 😡 -2 '].map(isScaleMarkText)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('takes no other number, face or text for a mark', () => {
    expect(
      ['1', '-0', '+0', '+3', '−2.5', '+2 great', '😡 +2', '😀', '😀 +2 wow'].map(isScaleMarkText),
    ).toEqual([false, false, false, false, false, false, false, false, false]);
  });
});
