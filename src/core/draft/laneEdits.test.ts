import { describe, expect, it } from 'vitest';
import { sampleDraft, sampleTemplate } from '../../test/sampleTemplate.ts';
import {
  addLane,
  addLaneRefusal,
  moveLane,
  removeLane,
  removeLaneRefusal,
  renameLane,
} from './laneEdits.ts';

const lanesOf = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `l${i + 1}`,
    name: `L${i + 1}`,
    kind: 'custom' as const,
  }));

describe('lane edits', () => {
  it('renames a lane and keeps its kind', () => {
    const draft = renameLane(sampleDraft(), 'emotions', 'Feelings');
    expect(draft.lanes[2]).toEqual({ id: 'emotions', name: 'Feelings', kind: 'emotions' });
  });

  it('adds a custom lane at the bottom', () => {
    const draft = addLane(sampleDraft(), sampleTemplate, { name: 'Staff notes', kind: 'custom' });
    // four lanes before, so the fifth is lane-5
    expect(draft.lanes.at(-1)).toEqual({ id: 'lane-5', name: 'Staff notes', kind: 'custom' });
  });

  it('adds a lane of a chosen kind', () => {
    const draft = addLane(sampleDraft(), sampleTemplate, { name: 'Ideas', kind: 'opportunities' });
    expect(draft.lanes.at(-1)?.kind).toBe('opportunities');
  });

  it('names a lane after its kind when the name is blank', () => {
    const draft = addLane(sampleDraft(), sampleTemplate, { name: '  ', kind: 'kpis' });
    expect(draft.lanes.at(-1)?.name).toBe('KPIs');
  });

  it('avoids the ids of template lanes left out of the draft', () => {
    const template = {
      ...sampleTemplate,
      lanes: [...sampleTemplate.lanes, { id: 'lane-5', name: 'Extra', kind: 'custom' as const }],
    };
    const draft = addLane(sampleDraft(), template, { name: 'Mine', kind: 'custom' });
    expect(draft.lanes.at(-1)?.id).toBe('lane-6');
  });

  it('refuses a 17th lane', () => {
    const draft = sampleDraft({ lanes: lanesOf(16) });
    expect(addLaneRefusal(draft)).toBe('A map can have at most 16 lanes.');
    expect(addLane(draft, sampleTemplate, { name: 'X', kind: 'custom' })).toBe(draft);
  });

  it('removes a lane', () => {
    const draft = removeLane(sampleDraft(), 'touchpoints');
    expect(draft.lanes.map((lane) => lane.id)).toEqual(['actions', 'emotions', 'painPoints']);
  });

  it('refuses to remove the last lane', () => {
    const draft = sampleDraft({ lanes: lanesOf(1) });
    expect(removeLaneRefusal(draft)).toBe('A map needs at least one lane.');
    expect(removeLane(draft, 'l1')).toBe(draft);
  });

  it('moves a lane up and down', () => {
    expect(moveLane(sampleDraft(), 'emotions', -1).lanes.map((lane) => lane.id)).toEqual([
      'actions',
      'emotions',
      'touchpoints',
      'painPoints',
    ]);
    expect(moveLane(sampleDraft(), 'actions', 1).lanes[1]?.id).toBe('actions');
  });

  it('leaves the draft unchanged when moving past an end', () => {
    const draft = sampleDraft();
    expect(moveLane(draft, 'painPoints', 1)).toBe(draft);
  });
});
