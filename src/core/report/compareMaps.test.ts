import { describe, expect, it } from 'vitest';
import { journeyMap } from '../../test/journeyMapBuilder.ts';
import { analyzeMap } from './analyzeMap.ts';
import { compareMaps } from './compareMaps.ts';

const NOW = { now: '2025-06-01T00:00:00.000Z' };

const current = analyzeMap(
  journeyMap({
    id: 'as-is',
    title: 'Current state',
    stages: ['Browse', 'Check out', 'Delivery'],
    lanes: ['emotions', 'painPoints'],
    notes: [
      { stage: 'browse', lane: 'emotions', emotion: -1 },
      { stage: 'check-out', lane: 'emotions', emotion: -2 },
      { stage: 'check-out', lane: 'painPoints', text: 'Slot vanishes' },
      { stage: 'delivery', lane: 'painPoints', text: 'Late van' },
      { stage: 'browse', lane: 'painPoints', text: 'Search fails' },
    ],
  }),
  NOW,
);

const future = analyzeMap(
  journeyMap({
    id: 'to-be',
    title: 'Future state',
    stages: ['browse', 'CHECK  OUT', 'Reorder'],
    lanes: ['emotions', 'opportunities'],
    notes: [
      { stage: 'browse', lane: 'emotions', emotion: 1 },
      { stage: 'check-out', lane: 'emotions', emotion: 1 },
      { stage: 'check-out', lane: 'opportunities', text: 'Hold the slot' },
      { stage: 'reorder', lane: 'opportunities', text: 'Fix: search fails on spelling' },
    ],
  }),
  NOW,
);

describe('compareMaps', () => {
  it('names both maps', () => {
    const { fromMapId, fromTitle, toMapId, toTitle } = compareMaps(current, future);
    expect([fromMapId, fromTitle, toMapId, toTitle]).toEqual([
      'as-is',
      'Current state',
      'to-be',
      'Future state',
    ]);
  });

  it('matches stages by normalised name and takes change as to − from', () => {
    expect(compareMaps(current, future).stages).toEqual([
      { stageName: 'Browse', from: -1, to: 1, change: 2 }, // 1 − (−1)
      { stageName: 'Check out', from: -2, to: 1, change: 3 }, // 1 − (−2)
      { stageName: 'Delivery', from: null, to: null, change: null },
      { stageName: 'Reorder', from: null, to: null, change: null },
    ]);
  });

  it('answers a pain point by opportunities in the matched stage or by its words', () => {
    // in the current map's stage order.
    // Delivery has no match in the future map and no opportunity mentions “late van”
    expect(compareMaps(current, future).answered).toEqual([
      {
        stageId: 'browse',
        stageName: 'Browse',
        painPoints: ['Search fails'],
        answeredBy: ['Fix: search fails on spelling'],
      },
      {
        stageId: 'check-out',
        stageName: 'Check out',
        painPoints: ['Slot vanishes'],
        answeredBy: ['Hold the slot'],
      },
    ]);
  });

  it('matches a pain point’s words in order, whole words only', () => {
    const withIdeas = (texts: string[]) =>
      analyzeMap(
        journeyMap({
          id: 'to-be',
          stages: ['Reorder'],
          lanes: ['opportunities'],
          notes: texts.map((text) => ({ stage: 'reorder', lane: 'opportunities', text })),
        }),
        NOW,
      );
    const answered = (texts: string[]) =>
      compareMaps(current, withIdeas(texts)).answered.flatMap((stage) => stage.painPoints);
    expect(answered(['SEARCH — fails less often'])).toEqual(['Search fails']);
    expect(answered(['Research failsafe', 'fails search'])).toEqual([]);
  });

  it('does not count a pain point the future map still lists in that stage', () => {
    const stillThere = analyzeMap(
      journeyMap({
        id: 'to-be',
        stages: ['Check out'],
        lanes: ['painPoints', 'opportunities'],
        notes: [
          { stage: 'check-out', lane: 'painPoints', text: 'slot vanishes!' },
          { stage: 'check-out', lane: 'opportunities', text: 'Hold the slot' },
        ],
      }),
      NOW,
    );
    expect(compareMaps(current, stillThere).answered).toEqual([]);
  });

  it('lists the pain points the future map leaves unanswered, still listed ones included', () => {
    const stillThere = analyzeMap(
      journeyMap({
        id: 'to-be',
        stages: ['Check out'],
        lanes: ['painPoints', 'opportunities'],
        notes: [
          { stage: 'check-out', lane: 'painPoints', text: 'slot vanishes!' },
          { stage: 'check-out', lane: 'opportunities', text: 'Hold the slot' },
        ],
      }),
      NOW,
    );
    // Search fails: no opportunity in Browse, none with its words; Slot vanishes: still listed.
    expect(compareMaps(current, stillThere).unanswered).toEqual([
      { stageId: 'browse', stageName: 'Browse', painPoints: ['Search fails'] },
      { stageId: 'check-out', stageName: 'Check out', painPoints: ['Slot vanishes'] },
      { stageId: 'delivery', stageName: 'Delivery', painPoints: ['Late van'] },
    ]);
  });

  it('leaves unanswered only the pain points no opportunity answers', () => {
    // Delivery’s “Late van” is the one the future map leaves open.
    expect(compareMaps(current, future).unanswered).toEqual([
      { stageId: 'delivery', stageName: 'Delivery', painPoints: ['Late van'] },
    ]);
  });
});
