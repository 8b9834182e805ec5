import { describe, expect, it } from 'vitest';
import { intervalFrom } from '../geometry/Interval.ts';
import type { Lane, Stage } from '../model/journey.schema.ts';
import { buildAgenda, focusArea, laneMinutes } from './agenda.ts';

const stages: Stage[] = ['Aware', 'Buy', 'Use', 'Leave'].map((name, i) => ({ id: `s${i}`, name }));
const lanes: Lane[] = [
  { id: 'do', name: 'Doing', kind: 'actions' },
  { id: 'pain', name: 'Pains', kind: 'painPoints' },
  { id: 'idea', name: 'Ideas', kind: 'opportunities' },
];

describe('buildAgenda', () => {
  it('introduces the map, takes the lanes from the top, votes after the pain points, wraps up', () => {
    expect(buildAgenda({ stages, lanes }).map((step) => [step.kind, step.title])).toEqual([
      ['introduction', 'Meet the persona'],
      ['lane', 'Doing'],
      ['lane', 'Pains'],
      ['vote', 'Vote on pain points'],
      ['lane', 'Ideas'],
      ['wrapUp', 'Wrap up'],
    ]);
  });

  it("asks each lane its kind's question and focuses on its row across every stage", () => {
    const step = buildAgenda({ stages, lanes })[2];
    expect(step).toEqual({
      kind: 'lane',
      laneId: 'pain',
      title: 'Pains',
      prompt: 'What gets in their way?',
      minutes: 8, // 2 minutes × 4 stages
      focus: { firstStage: 0, lastStage: 3, firstLane: 1, lastLane: 1 },
    });
  });

  it('focuses the introduction and the wrap-up on the whole map', () => {
    const agenda = buildAgenda({ stages, lanes });
    const whole = { firstStage: 0, lastStage: 3, firstLane: 0, lastLane: 2 };
    expect([agenda[0]?.focus, agenda.at(-1)?.focus]).toEqual([whole, whole]);
  });

  it('has no vote when the map has no pain-points lane', () => {
    const agenda = buildAgenda({ stages, lanes: lanes.filter((lane) => lane.id !== 'pain') });
    expect(agenda.some((step) => step.kind === 'vote')).toBe(false);
  });

  it('votes once, after the last of several pain-points lanes', () => {
    const more: Lane[] = [...lanes, { id: 'pain2', name: 'Frictions', kind: 'painPoints' }];
    const agenda = buildAgenda({ stages, lanes: more });
    const votedLanes = agenda.flatMap((step) => (step.kind === 'vote' ? [step.laneId] : []));
    expect(votedLanes).toEqual(['pain2']);
    expect(agenda.at(-2)?.kind).toBe('vote');
  });
});

describe('laneMinutes', () => {
  it('grows with the stages, in whole minutes', () => {
    expect(laneMinutes('touchpoints', 5)).toBe(8); // 1.5 × 5 = 7.5, rounded up
  });

  it('gives a lane at least three minutes', () => {
    expect(laneMinutes('emotions', 2)).toBe(3);
  });
});

describe('focusArea', () => {
  const grid = {
    columns: [intervalFrom(100, 680), intervalFrom(780, 680)],
    rows: [intervalFrom(50, 520), intervalFrom(570, 650)],
  };

  it('spans the cells of the range, first to last', () => {
    const range = { firstStage: 0, lastStage: 1, firstLane: 1, lastLane: 1 };
    expect(focusArea(grid, range)).toEqual({ x: 100, y: 570, width: 1360, height: 650 });
  });

  it('is null for a range outside the grid', () => {
    const range = { firstStage: 0, lastStage: 2, firstLane: 0, lastLane: 0 };
    expect(focusArea(grid, range)).toBeNull();
  });
});
