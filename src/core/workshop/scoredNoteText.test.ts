import { describe, expect, it } from 'vitest';
import { EMOTION_SCORES } from '../model/emotion.ts';
import { emotionScore } from '../readback/emotionScore.ts';
import { scoredNoteText } from './scoredNoteText.ts';

describe('scoredNoteText', () => {
  it('puts the score, signed with a minus sign, before the text', () => {
    expect(scoredNoteText('  Relieved the parcel came ', -1)).toBe('−1 Relieved the parcel came');
  });

  it('is the score alone when nothing else was typed', () => {
    expect(scoredNoteText(' ', 0)).toBe('0');
  });

  it('reads back as the chosen score, whatever the colour', () => {
    const read = EMOTION_SCORES.map((score) =>
      emotionScore(scoredNoteText('Waiting 😀', score), { inEmotionsLane: true, color: 'red' }),
    );
    expect(read).toEqual([2, 1, 0, -1, -2]);
  });
});
