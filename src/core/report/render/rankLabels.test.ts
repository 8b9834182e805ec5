import { describe, expect, it } from 'vitest';
import type { RankedPainPoint } from '../Report.ts';
import { rankLabels } from './rankLabels.ts';

function pain(text: string, votes: number, mentions = 1, severity = 0): RankedPainPoint {
  return { stageId: 's', stageName: 'S', text, noteIds: [text], votes, mentions, severity };
}

describe('rankLabels', () => {
  it('gives tied pain points one rank marked "=" and the next one the rank after them', () => {
    const ranks = rankLabels([pain('a', 5), pain('b', 3), pain('c', 3), pain('d', 1)]);
    expect(ranks).toEqual({ labels: ['1', '=2', '=2', '4'], allTied: false });
  });

  it('ties only where votes, mentions and severity are all equal', () => {
    const ranks = rankLabels([pain('a', 2, 2), pain('b', 2, 1, 3), pain('c', 2, 1)]);
    expect(ranks.labels).toEqual(['1', '2', '3']);
  });

  it('says when every pain point ties with every other', () => {
    expect(rankLabels([pain('a', 0), pain('b', 0), pain('c', 0)])).toEqual({
      labels: ['=1', '=1', '=1'],
      allTied: true,
    });
  });

  it('does not call a lone pain point a tie', () => {
    expect(rankLabels([pain('a', 0)])).toEqual({ labels: ['1'], allTied: false });
    expect(rankLabels([])).toEqual({ labels: [], allTied: false });
  });
});
