import { describe, expect, it } from 'vitest';
import { journeyMap } from '../../test/journeyMapBuilder.ts';
import { mapTitle } from './mapTitle.ts';

describe('mapTitle', () => {
  it('trims the title and names an untitled map', () => {
    const titled = (title: string) => mapTitle(journeyMap({ title, stages: [], lanes: [] }));
    expect([titled('  Checkout '), titled(' \n ')]).toEqual(['Checkout', 'Untitled map']);
  });
});
