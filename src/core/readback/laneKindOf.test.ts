import { describe, expect, it } from 'vitest';
import type { LaneKind } from '../model/laneKind.ts';
import { isStageRowHeader, laneKindOf } from './laneKindOf.ts';

const cases: [string, LaneKind][] = [
  ['Actions', 'actions'],
  ['Doing', 'actions'],
  ['Customer actions', 'actions'],
  ['Steps taken', 'actions'],
  ['Activities', 'actions'],
  ['Touchpoints', 'touchpoints'],
  ['Touch points', 'touchpoints'],
  ['Interactions', 'touchpoints'],
  ['Touchpoints & channels', 'touchpoints'],
  ['Channels', 'channels'],
  ['Channel', 'channels'],
  ['Medium', 'channels'],
  ['Thinking', 'thoughts'],
  ['Thoughts', 'thoughts'],
  ['Questions', 'thoughts'],
  ['Feelings', 'emotions'],
  ['feeling', 'emotions'],
  ['Emotional journey', 'emotions'],
  ['EMOTIONS', 'emotions'],
  ['Mood', 'emotions'],
  ['Experience', 'emotions'],
  ['Highs & lows', 'emotions'],
  ['Frustrations', 'painPoints'],
  ['Pains', 'painPoints'],
  ['Pain points', 'painPoints'],
  ['Pain-points!', 'painPoints'],
  ['Challenges', 'painPoints'],
  ['Lows', 'painPoints'],
  ['Barriers', 'painPoints'],
  ['Ideas', 'opportunities'],
  ['Improvements', 'opportunities'],
  ['Opportunities', 'opportunities'],
  ['Solutions', 'opportunities'],
  ['Goals', 'goals'],
  ['Needs', 'goals'],
  ['Goals & needs', 'goals'],
  ['Expectations', 'goals'],
  ['Moments of truth', 'momentsOfTruth'],
  ['Evidence', 'evidence'],
  ['Physical evidence', 'evidence'],
  ['Props', 'evidence'],
  ['Frontstage', 'frontstage'],
  ['Frontstage actions', 'frontstage'],
  ['Onstage', 'frontstage'],
  ['Backstage actions', 'backstage'],
  ['Support processes', 'support'],
  ['Support', 'support'],
  ['Systems', 'support'],
  ['KPIs', 'kpis'],
  ['Metrics', 'kpis'],
  ['Success metrics', 'kpis'],
  ['Lunch orders', 'custom'],
  ['Painters', 'custom'],
  ['', 'custom'],
];

describe('laneKindOf', () => {
  it.each(cases)('[K1] reads "%s" as %s', (label, kind) => {
    expect(laneKindOf(label)).toBe(kind);
  });

  it('[K2] takes the synonym found first in the label', () => {
    expect(laneKindOf('Thoughts and feelings')).toBe('thoughts');
    expect(laneKindOf('Feelings and thoughts')).toBe('emotions');
  });
});

describe('isStageRowHeader', () => {
  it('[K3] recognises the words that name the stage row', () => {
    expect(['Phases', 'steps', 'Stages:', 'Journey stages', 'STAGE'].map(isStageRowHeader)).toEqual(
      [true, true, true, true, true],
    );
  });

  it('[K3] is false for lanes and longer phrases', () => {
    expect(['Steps taken', 'Actions', 'Stage 1'].map(isStageRowHeader)).toEqual([
      false,
      false,
      false,
    ]);
  });
});
