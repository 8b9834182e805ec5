import { describe, expect, it } from 'vitest';
import { journeyMap } from '../../test/journeyMapBuilder.ts';
import type { NoteSpec } from '../../test/journeyMapBuilder.ts';
import { groupPainPoints } from './groupPainPoints.ts';

function painMap(notes: NoteSpec[]) {
  return journeyMap({ stages: ['a', 'b'], lanes: ['painPoints', 'thoughts'], notes });
}

describe('groupPainPoints', () => {
  it('counts notes with the same normalised text in one stage as one pain point', () => {
    const [only, ...rest] = groupPainPoints(
      painMap([
        { stage: 'a', lane: 'painPoints', text: 'Slow checkout', votes: 2, tags: ['medium'] },
        { stage: 'a', lane: 'painPoints', text: ' slow   CHECKOUT! ', votes: 3, tags: ['high'] },
      ]),
    );
    // votes 2 + 3; severity max(medium 1, high 2)
    expect(only).toEqual({
      stageId: 'a',
      stageName: 'a',
      text: 'Slow checkout',
      noteIds: ['n1', 'n2'],
      votes: 5,
      mentions: 2,
      severity: 2,
    });
    expect(rest).toEqual([]);
  });

  it('keeps the same text in two stages apart', () => {
    const groups = groupPainPoints(
      painMap([
        { stage: 'a', lane: 'painPoints', text: 'Slow' },
        { stage: 'b', lane: 'painPoints', text: 'Slow' },
      ]),
    );
    expect(groups.map((g) => [g.stageId, g.mentions])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
  });

  it('reads only lanes of kind painPoints', () => {
    const groups = groupPainPoints(painMap([{ stage: 'a', lane: 'thoughts', text: 'Slow' }]));
    expect(groups).toEqual([]);
  });

  it('ranks votes before mentions before severity', () => {
    const groups = groupPainPoints(
      painMap([
        { stage: 'a', lane: 'painPoints', text: 'severe', tags: ['critical'] },
        { stage: 'a', lane: 'painPoints', text: 'repeated' },
        { stage: 'a', lane: 'painPoints', text: 'repeated' },
        { stage: 'b', lane: 'painPoints', text: 'voted', votes: 1 },
      ]),
    );
    // voted: 1 vote; repeated: 0 votes, 2 mentions; severe: 0 votes, 1 mention, severity 3
    expect(groups.map((g) => g.text)).toEqual(['voted', 'repeated', 'severe']);
  });

  it('breaks full ties by stage order, then text', () => {
    const groups = groupPainPoints(
      painMap([
        { stage: 'b', lane: 'painPoints', text: 'alpha' },
        { stage: 'a', lane: 'painPoints', text: 'zulu' },
        { stage: 'a', lane: 'painPoints', text: 'mike' },
      ]),
    );
    expect(groups.map((g) => g.text)).toEqual(['mike', 'zulu', 'alpha']);
  });
});
