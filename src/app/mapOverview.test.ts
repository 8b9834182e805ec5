import { describe, expect, it } from 'vitest';
import type { JourneyMap, Note } from '../core/model/journey.schema.ts';
import { mapOverview } from './mapOverview.ts';

function note(id: string, stageId: string, laneId: string, emotion: Note['emotion'] = null): Note {
  return {
    id,
    text: id,
    stageId,
    laneId,
    emotion,
    color: null,
    tags: [],
    author: null,
    votes: 0,
    createdAt: null,
    modifiedAt: null,
  };
}

const map: JourneyMap = {
  id: 'f1',
  title: 'Checkout',
  structure: 'inferred',
  stages: [
    { id: 'buy', name: 'Buy' },
    { id: 'use', name: 'Use' },
    { id: 'stay', name: 'Stay' },
  ],
  lanes: [
    { id: 'feel', name: 'Feelings', kind: 'emotions' },
    { id: 'pain', name: 'Pains', kind: 'painPoints' },
  ],
  persona: null,
  notes: [
    note('a', 'buy', 'feel', 2),
    note('b', 'buy', 'feel', 1),
    note('c', 'buy', 'feel', null),
    note('d', 'buy', 'pain', -2),
    note('e', 'use', 'feel', -2),
    note('f', 'use', 'pain'),
    note('g', 'use', 'pain'),
  ],
  unplaced: [{ id: 'h', text: 'h', reason: 'outside the grid' }],
  grid: {
    columns: [
      [0, 100],
      [100, 100],
      [200, 100],
    ],
    rows: [
      [0, 50],
      [50, 50],
    ],
  },
  modifiedAt: null,
};

describe('mapOverview', () => {
  it('counts the notes of every cell, lanes down and stages across', () => {
    expect(mapOverview(map).counts).toEqual([
      [3, 1, 0],
      [1, 2, 0],
    ]);
  });

  it('averages the scored notes of the emotions lane per stage', () => {
    // buy: (2 + 1) / 2, the unscored note and the pain lane's −2 left out
    expect(mapOverview(map).emotions).toEqual([1.5, -2, null]);
  });

  it('counts the unplaced notes', () => {
    expect(mapOverview(map).unplaced).toBe(1);
  });
});
