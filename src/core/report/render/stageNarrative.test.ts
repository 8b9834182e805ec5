import { describe, expect, it } from 'vitest';
import { journeyMap } from '../../../test/journeyMapBuilder.ts';
import { analyzeMap } from '../analyzeMap.ts';
import { stageNarrative } from './stageNarrative.ts';

const NOW = { now: '2025-06-01T00:00:00.000Z' };

describe('stageNarrative', () => {
  it('tells a stage lane by lane in the map’s order, quoting its notes, the score beside Feels', () => {
    const map = journeyMap({
      stages: ['Checkout'],
      lanes: ['actions', 'touchpoints', 'thoughts', 'emotions', 'painPoints', 'opportunities'],
      notes: [
        { stage: 'checkout', lane: 'painPoints', text: 'Slot vanished', votes: 4 },
        { stage: 'checkout', lane: 'actions', text: 'Picks a slot' },
        { stage: 'checkout', lane: 'actions', text: ' Pays by card ' },
        { stage: 'checkout', lane: 'touchpoints', text: 'Slot picker' },
        { stage: 'checkout', lane: 'thoughts', text: 'It was free a minute ago!' },
        { stage: 'checkout', lane: 'emotions', text: '😤 Furious', emotion: -2 },
        { stage: 'checkout', lane: 'emotions', text: '🙁 Let down', emotion: -1 },
        { stage: 'checkout', lane: 'opportunities', text: 'Hold the slot', votes: 1 },
      ],
    });
    expect(stageNarrative(analyzeMap(map, NOW), 3)).toEqual([
      { kind: 'heading', level: 3, text: 'Checkout' },
      {
        kind: 'list',
        items: [
          { label: 'Does', text: '“Picks a slot”; “Pays by card”' },
          { label: 'Meets the business at', text: '“Slot picker”' },
          { label: 'Thinks', text: '“It was free a minute ago!”' },
          // (−2 − 1) / 2
          { label: 'Feels (−1.5)', text: '“😤 Furious”; “🙁 Let down”' },
          { label: 'What hurts', text: '“Slot vanished” (4 votes)' },
          { label: 'Could be better', text: '“Hold the slot” (1 vote)' },
        ],
      },
    ]);
  });

  it('leaves out the lanes with no note at a stage and says when a stage has none', () => {
    const map = journeyMap({
      stages: ['Discover', 'Use'],
      lanes: ['actions', 'emotions', 'goals'],
      notes: [
        { stage: 'discover', lane: 'goals', text: 'Find a cheaper shop' },
        { stage: 'use', lane: 'actions', text: '   ' },
      ],
    });
    expect(stageNarrative(analyzeMap(map, NOW), 4)).toEqual([
      { kind: 'heading', level: 4, text: 'Discover' },
      { kind: 'list', items: [{ label: 'Wants', text: '“Find a cheaper shop”' }] },
      { kind: 'heading', level: 4, text: 'Use' },
      { kind: 'paragraph', lines: [{ text: 'Nothing is noted at this stage yet.' }] },
    ]);
  });

  it('names a lane by its own name when it has no phrase or shares its kind with another lane', () => {
    const map = journeyMap({
      stages: ['Visit'],
      lanes: ['backstage', 'custom'],
      notes: [
        { stage: 'visit', lane: 'backstage', text: 'Mechanic checks the brakes' },
        { stage: 'visit', lane: 'custom', text: 'Front desk' },
        { stage: 'visit', lane: 'custom-2', text: 'Loan car' },
      ],
    });
    map.lanes[1] = { id: 'custom', name: 'Staff', kind: 'custom' };
    map.lanes.push({ id: 'custom-2', name: 'Extras', kind: 'custom' });
    const [, list] = stageNarrative(analyzeMap(map, NOW), 3);
    expect(list).toEqual({
      kind: 'list',
      items: [
        { label: 'Backstage', text: '“Mechanic checks the brakes”' },
        { label: 'Staff', text: '“Front desk”' },
        { label: 'Extras', text: '“Loan car”' },
      ],
    });
  });
});
