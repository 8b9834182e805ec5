import { describe, expect, it } from 'vitest';
import { journeyMap } from '../../test/journeyMapBuilder.ts';
import { buildReport } from './buildReport.ts';
import { layoutSummary } from './layoutSummary.ts';
import { renderMarkdown } from './render/renderMarkdown.ts';
import { renderMermaid } from './render/renderMermaid.ts';

const NOW = { now: '2025-06-01T00:00:00.000Z' };

function titled(id: string, title: string) {
  return journeyMap({ id, title, stages: ['a'], lanes: [] });
}

function pairs(titles: string[]) {
  const maps = titles.map((title, i) => titled(`m${i + 1}`, title));
  return buildReport({ maps, warnings: [] }, NOW).comparisons.map(
    (c) => `${c.fromMapId}→${c.toMapId}`,
  );
}

describe('buildReport', () => {
  it('reports each map in order, with the time and warnings it was given', () => {
    const report = buildReport({ maps: [titled('m1', 'One')], warnings: ['odd frame'] }, NOW);
    expect([report.generatedAt, report.maps.map((m) => m.map.id), report.warnings]).toEqual([
      '2025-06-01T00:00:00.000Z',
      ['m1'],
      ['odd frame'],
    ]);
  });

  it('carries the authors’ names the board offered, and none when it offered none', () => {
    const maps = [titled('m1', 'One')];
    const named = buildReport({ maps, warnings: [], authorNames: { '3074': 'Ana' } }, NOW);
    expect(named.authorNames).toEqual({ '3074': 'Ana' });
    expect('authorNames' in buildReport({ maps, warnings: [], authorNames: {} }, NOW)).toBe(false);
    expect('authorNames' in buildReport({ maps, warnings: [] }, NOW)).toBe(false);
  });

  it('compares every current-state map with every future-state map', () => {
    expect(pairs(['To-be journey', 'Current state', 'Notes', 'AS IS v2'])).toEqual([
      'm2→m1',
      'm4→m1',
    ]);
  });

  it('compares the first map with the second when two maps have no hint', () => {
    expect(pairs(['Onboarding', 'Onboarding v2'])).toEqual(['m1→m2']);
  });

  it('compares nothing for one map, or three maps without hints', () => {
    expect(pairs(['Current state'])).toEqual([]);
    expect(pairs(['One', 'Two', 'Three'])).toEqual([]);
  });

  it('[DESIGN §1] gives a map without an emotions lane no curve, in every view', () => {
    const map = journeyMap({
      title: 'No feelings',
      stages: ['a', 'b'],
      lanes: ['thoughts'],
      notes: [
        { stage: 'a', lane: 'thoughts', text: '-2 why so slow', emotion: -2 },
        { stage: 'b', lane: 'thoughts', text: '+1 nice', emotion: 1 },
      ],
    });
    const report = buildReport({ maps: [map], warnings: [] }, NOW);
    const [only] = report.maps;
    if (!only) throw new Error('no map report');
    expect(only.curve.map((point) => point.score)).toEqual([null, null]);
    expect(only.findings.find((f) => f.id === 'stageWithoutEmotion')?.message).toBe(
      'The map has no emotions lane, so it shows no emotion curve.',
    );
    expect(renderMermaid(report)).toMatchInlineSnapshot(`
      "journey
        title No feelings
        section a
          %% no emotion score at this stage: drawn as neutral (3)
          -2 why so slow: 3: Maya
        section b
          %% no emotion score at this stage: drawn as neutral (3)
          +1 nice: 3: Maya
      "
    `);
    expect(renderMarkdown(report)).toContain(
      'No emotion is recorded on this map, so it has no highest or lowest moment.',
    );
    expect(renderMarkdown(report)).not.toContain('## Emotion curve');
    expect(
      layoutSummary(only, report.generatedAt).items.filter((item) => item.role === 'curvePoint'),
    ).toEqual([]);
  });
});
