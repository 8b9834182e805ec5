import { describe, expect, it } from 'vitest';
import { journeyMap } from '../../../test/journeyMapBuilder.ts';
import { mapGridSvg, shortenAtWord } from './mapGridSvg.ts';

describe('mapGridSvg', () => {
  const map = journeyMap({
    stages: ['Discover', 'Buy'],
    lanes: ['actions', 'painPoints'],
    notes: [
      { stage: 'discover', lane: 'actions', text: 'Sees an ad' },
      { stage: 'buy', lane: 'painPoints', text: '<b>Hidden</b> fee' },
      ...Array.from({ length: 8 }, (_, index) => ({
        stage: 'buy',
        lane: 'actions',
        text: `step ${index + 1}`,
      })),
    ],
  });
  map.notes[1] = { ...(map.notes[1] as (typeof map.notes)[number]), color: 'orange' };

  it('draws each note as a chip in its colour, the lane kind’s usual colour when it has none', () => {
    const svg = mapGridSvg(map, 'Shop');
    // actions → light_yellow #fff9b1; the pain point is orange #ff9d48; text at 120 + 4 + 4, 32 + 4 + 13
    expect(svg).toContain(
      'fill="#fff9b1"/><text class="note-text" x="128" y="49" fill="#1a1a1a"><title>Sees an ad</title>Sees an ad</text>',
    );
    expect(svg).toContain('fill="#ff9d48"');
    expect(svg).toContain('<title>&lt;b&gt;Hidden&lt;/b&gt; fee</title>');
    expect(svg).not.toContain('<b>');
  });

  it('draws six notes of a cell and counts the rest', () => {
    const svg = mapGridSvg(map, 'Shop');
    expect(svg.match(/<title>step \d<\/title>/g)).toHaveLength(6);
    expect(svg).toContain('>+2 more</text>');
  });

  it('makes a lane as tall as its fullest cell: seven lines of 18 + 4, less one gap, plus 2 × 4', () => {
    expect(mapGridSvg(map, 'Shop')).toContain(
      '<rect class="lane" x="0" y="32" width="880" height="158"/>',
    );
  });
});

describe('shortenAtWord', () => {
  it('cuts at the last word boundary that keeps more than half the room', () => {
    expect(shortenAtWord('Compares the delivery fee', 16)).toBe('Compares the…');
    expect(shortenAtWord('Übersichtlichkeitsverbesserung', 10)).toBe('Übersicht…');
    expect(shortenAtWord('  short\ntext ', 16)).toBe('short text');
  });
});
