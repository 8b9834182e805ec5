import { describe, expect, it } from 'vitest';
import type { EmotionScore } from '../../model/emotion.ts';
import { journeyMap } from '../../../test/journeyMapBuilder.ts';
import { analyzeMap } from '../analyzeMap.ts';
import { keyMoments } from './keyMoments.ts';

const NOW = { now: '2025-06-01T00:00:00.000Z' };

/** One stage per score, named a, b, c, …, each with one emotion note "feel a", "feel b", …. */
function reportOf(scores: (EmotionScore | null)[]) {
  const stages = scores.map((_, index) => String.fromCharCode(97 + index));
  const notes = scores.flatMap((emotion, index) =>
    emotion === null
      ? []
      : [{ stage: stages[index] ?? '', lane: 'emotions', text: `feel ${stages[index]}`, emotion }],
  );
  return analyzeMap(journeyMap({ stages, lanes: ['emotions'], notes }), NOW);
}

describe('keyMoments', () => {
  it('names the lowest and the highest stage with the notes that scored them', () => {
    expect(keyMoments(reportOf([1, -2, 2, null]))).toEqual([
      { label: 'Lowest moment', text: 'b (−2): “feel b”' },
      { label: 'Highest moment', text: 'c (+2): “feel c”' },
    ]);
  });

  it('names every stage of a tie, and says it is one', () => {
    expect(keyMoments(reportOf([-2, 1, -2, 0]))).toEqual([
      { label: 'Lowest moments, tied', text: 'a (−2): “feel a” · c (−2): “feel c”' },
      { label: 'Highest moment', text: 'b (+1): “feel b”' },
    ]);
  });

  it('says so when every scored stage has the same score', () => {
    expect(keyMoments(reportOf([0, null, 0]))).toEqual([
      { label: 'Every scored stage scores the same', text: 'a (0): “feel a” · c (0): “feel c”' },
    ]);
    expect(keyMoments(reportOf([1, null]))).toEqual([
      { label: 'Lowest and highest moment', text: 'a (+1): “feel a”' },
    ]);
  });

  it('says there is no moment when no stage is scored', () => {
    expect(keyMoments(reportOf([null, null]))).toEqual([
      { text: 'No emotion is recorded on this map, so it has no highest or lowest moment.' },
    ]);
  });
});
