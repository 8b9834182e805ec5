import { describe, expect, it } from 'vitest';
import { journeyMap } from '../test/journeyMapBuilder.ts';
import { chooseMaps } from './chooseMaps.ts';

const maps = [
  journeyMap({ id: '101', title: 'Checkout', stages: ['a'], lanes: ['actions'] }),
  journeyMap({ id: '102', title: ' Returns ', stages: ['a'], lanes: ['actions'] }),
  journeyMap({ id: '103', title: '101', stages: ['a'], lanes: ['actions'] }),
];
const idsOf = (chosen: { id: string }[]) => chosen.map((map) => map.id);

describe('chooseMaps', () => {
  it('keeps the maps of the given frames in board order', () => {
    expect(idsOf(chooseMaps(maps, { frameIds: ['103', 'elsewhere', '101'] }))).toEqual([
      '101',
      '103',
    ]);
  });

  it('keeps none when no given frame is a map', () => {
    expect(chooseMaps(maps, { frameIds: ['elsewhere'] })).toEqual([]);
  });

  it('finds a map by its frame id before any title', () => {
    expect(idsOf(chooseMaps(maps, { idOrTitle: ' 101 ' }))).toEqual(['101']);
  });

  it('finds a map by its trimmed title in any case', () => {
    expect(idsOf(chooseMaps(maps, { idOrTitle: 'RETURNS' }))).toEqual(['102']);
  });

  it('finds none when neither an id nor a title matches', () => {
    expect(chooseMaps(maps, { idOrTitle: 'Onboarding' })).toEqual([]);
  });
});
