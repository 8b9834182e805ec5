import { describe, expect, it } from 'vitest';
import { stageCountAdvice } from './stageCountAdvice.ts';

describe('stageCountAdvice', () => {
  it('says nothing for 5 to 10 stages', () => {
    expect([5, 6, 7, 8, 9, 10].map(stageCountAdvice)).toEqual([null, null, null, null, null, null]);
  });

  it('gives a gentle note for fewer than 5 stages', () => {
    expect(stageCountAdvice(4)).toBe('Most journeys read best with 5–10 stages.');
  });

  it('gives the same note for more than 10 stages', () => {
    expect(stageCountAdvice(11)).toBe('Most journeys read best with 5–10 stages.');
  });
});
