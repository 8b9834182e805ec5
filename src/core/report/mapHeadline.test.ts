import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/sampleReport.ts';
import { mapHeadline, momentText } from './mapHeadline.ts';
import type { MapReport } from './Report.ts';

function sampleMap(): MapReport {
  const [map] = sampleReport().maps;
  if (!map) throw new Error('no map');
  return map;
}

describe('mapHeadline', () => {
  it('names the lowest and highest moment with their scores', () => {
    const { lowest, highest } = mapHeadline(sampleMap());
    expect([lowest, highest]).toEqual([
      'Lowest moment: Purchase (−1.5)',
      'Highest moment: Awareness (+1)',
    ]);
  });

  it('says so when no stage is scored', () => {
    const headline = mapHeadline({ ...sampleMap(), lowest: null, highest: null });
    expect([headline.lowest, headline.highest]).toEqual([
      'Lowest moment: no scored stage',
      'Highest moment: no scored stage',
    ]);
    expect(momentText(null)).toBeNull();
  });

  it('names the first three pain points with their stage and votes', () => {
    const map = sampleMap();
    const [first] = map.topPainPoints;
    if (!first) throw new Error('no pain point');
    const five = [1, 2, 3, 4, 5].map((votes) => ({ ...first, text: `Pain ${votes}`, votes }));
    expect(mapHeadline({ ...map, topPainPoints: five }).painPoints).toEqual([
      'Pain 1 — Purchase (1 vote)',
      'Pain 2 — Purchase (2 votes)',
      'Pain 3 — Purchase (3 votes)',
    ]);
  });
});
