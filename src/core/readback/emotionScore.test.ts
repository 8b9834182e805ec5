import { describe, expect, it } from 'vitest';
import { emotionScore } from './emotionScore.ts';

const plain = { inEmotionsLane: false, color: null };
const emotions = { inEmotionsLane: true, color: null };

describe('emotionScore', () => {
  it('[E1] reads a signed or zero number at the start as the score', () => {
    expect(emotionScore('+2 Loved it', plain)).toBe(2);
    expect(emotionScore('+1', plain)).toBe(1);
    expect(emotionScore('0 meh', plain)).toBe(0);
    expect(emotionScore('-1 slow', plain)).toBe(-1);
    expect(emotionScore('−2 furious', plain)).toBe(-2);
    expect(emotionScore('  -2: lost the parcel', plain)).toBe(-2);
  });

  it('[E1] reads an unsigned 1–5 at the start on the five-point scale', () => {
    expect(['1', '2', '3', '4', '5'].map((n) => emotionScore(`${n} stars`, plain))).toEqual([
      -2, -1, 0, 1, 2,
    ]);
    expect(emotionScore('4/5', plain)).toBe(1);
  });

  it('[E2] takes no score from a number that is not a whole token or is out of range', () => {
    expect(emotionScore('10 minutes late', plain)).toBeNull();
    expect(emotionScore('2x faster checkout', plain)).toBeNull();
    expect(emotionScore('1.5 hours on hold', plain)).toBeNull();
    expect(emotionScore('3rd attempt', plain)).toBeNull();
    expect(emotionScore('+3 amazing', plain)).toBeNull();
    expect(emotionScore('-5', plain)).toBeNull();
    expect(emotionScore('6 steps', plain)).toBeNull();
    expect(emotionScore('Waited 2 days', plain)).toBeNull();
    expect(emotionScore('- no sign without digits', plain)).toBeNull();
  });

  it('[E2] falls through to an emoji when the number gives nothing', () => {
    expect(emotionScore('+3 🙁', plain)).toBe(-1);
    expect(emotionScore('10 minutes late 😡', plain)).toBe(-2);
  });

  it('[E3] reads the first listed emoji anywhere in the text', () => {
    expect(emotionScore('Great 😀', plain)).toBe(2);
    expect(emotionScore('🥳 party', plain)).toBe(2);
    expect(emotionScore('ok 😊 then 😭', plain)).toBe(1);
    expect(emotionScore('fine 😶', plain)).toBe(0);
    expect(emotionScore('👎🏽 nope', plain)).toBe(-1);
    expect(emotionScore('so 😤', plain)).toBe(-2);
    expect(emotionScore('❤️ not in the list', plain)).toBeNull();
  });

  it('[E3] reads emoji whole, past unlisted emoji and lone surrogates', () => {
    expect(emotionScore('🚀 launch, then 😞', plain)).toBe(-2);
    expect(emotionScore('\uD83D broken, then 👍', plain)).toBe(1);
    expect(emotionScore('\uDE00\uD83D', plain)).toBeNull();
    for (const [emoji, score] of [
      ['😀', 2],
      ['🙂', 1],
      ['😐', 0],
      ['🙁', -1],
      ['😭', -2],
    ] as const)
      expect(emotionScore(`x${emoji}`, plain)).toBe(score);
  });

  it('[E4] prefers the number to an emoji', () => {
    expect(emotionScore('-1 😀', plain)).toBe(-1);
  });

  it('[E5] uses the sticky colour in the emotions lane only', () => {
    expect(emotionScore('Waited', { inEmotionsLane: true, color: 'red' })).toBe(-1);
    expect(emotionScore('Waited', { inEmotionsLane: true, color: 'pink' })).toBe(-1);
    expect(emotionScore('Waited', { inEmotionsLane: true, color: 'light_pink' })).toBe(-1);
    expect(emotionScore('Nice', { inEmotionsLane: true, color: 'dark_green' })).toBe(1);
    expect(emotionScore('Nice', { inEmotionsLane: true, color: 'light_green' })).toBe(1);
    expect(emotionScore('Nice', { inEmotionsLane: true, color: 'green' })).toBe(1);
    expect(emotionScore('Nice', { inEmotionsLane: true, color: 'yellow' })).toBeNull();
    expect(emotionScore('Waited', { inEmotionsLane: false, color: 'red' })).toBeNull();
  });

  it('[E5] prefers text signals to the colour', () => {
    expect(emotionScore('😀', { inEmotionsLane: true, color: 'red' })).toBe(2);
  });

  it('[E6] uses the height in a scale cell last: top fifth +2 … bottom fifth −2', () => {
    const at = (positionInCell: number) => emotionScore('note', { ...emotions, positionInCell });
    expect([0, 0.19, 0.2, 0.5, 0.61, 0.8, 0.99, 1].map(at)).toEqual([2, 2, 1, 0, -1, -2, -2, -2]);
    expect(emotionScore('note', { inEmotionsLane: false, color: null, positionInCell: 0 })).toBe(
      null,
    );
    expect(emotionScore('note', { inEmotionsLane: true, color: 'green', positionInCell: 1 })).toBe(
      1,
    );
  });

  it('[E7] stays null without any signal', () => {
    expect(emotionScore('Browsed the shop', emotions)).toBeNull();
    expect(emotionScore('', plain)).toBeNull();
  });
});
