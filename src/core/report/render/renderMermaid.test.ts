import { describe, expect, it } from 'vitest';
import { mermaidJourney, mermaidName, renderMermaid } from './renderMermaid.ts';
import { sampleReport } from '../../../test/sampleReport.ts';
import { journeyMap, MAYA, stageId } from '../../../test/journeyMapBuilder.ts';
import { analyzeMap } from '../analyzeMap.ts';

const NOW = { now: '2025-06-01T00:00:00.000Z' };

describe('renderMermaid', () => {
  it('tells the notes of the first lane when the map has no actions lane, every stage included', () => {
    expect(renderMermaid(sampleReport())).toMatchInlineSnapshot(`
      "journey
        title Checkout
        section Awareness
          Curious 🙂: 4: Ana
        section Purchase
          -2 Angry: 1: Ana
          Unsure: 2: Ana
        section Use
          %% no emotion score at this stage: drawn as neutral (3)
          Nothing noted: 3: Ana
      "
    `);
  });

  it('writes an empty journey when there is no map', () => {
    expect(renderMermaid({ ...sampleReport(), maps: [] })).toBe(
      'journey\n  title No journey maps\n',
    );
  });
});

describe('mermaidJourney', () => {
  const map = journeyMap({
    title: 'Weekly shop',
    stages: ['Browse', 'Checkout', 'Reorder', 'Unpack'],
    lanes: ['emotions', 'actions', 'painPoints'],
    persona: MAYA,
    notes: [
      { stage: 'browse', lane: 'emotions', text: 'Bored', emotion: -1 },
      { stage: 'browse', lane: 'emotions', text: 'Calm', emotion: 0 },
      { stage: 'browse', lane: 'actions', text: 'Searches for staples and adds her usual basket' },
      { stage: 'browse', lane: 'actions', text: 'Filters fruit: organic first', emotion: 2 },
      { stage: 'checkout', lane: 'emotions', text: 'Pleased', emotion: 1 },
      { stage: 'checkout', lane: 'emotions', text: 'Content', emotion: 0 },
      { stage: 'checkout', lane: 'actions', text: 'Pays' },
      { stage: 'reorder', lane: 'actions', text: 'Taps reorder' },
      { stage: 'reorder', lane: 'painPoints', text: 'Slots gone' },
    ],
  });

  it('scores each action by its own emotion, else by its stage’s, halves rounded away from neutral', () => {
    expect(mermaidJourney(analyzeMap(map, NOW))).toMatchInlineSnapshot(`
      "journey
        title Weekly shop
        section Browse
          Searches for staples and adds her usual…: 2: Maya
          Filters fruit organic first: 5: Maya
        section Checkout
          Pays: 4: Maya
        section Reorder
          %% no emotion score at this stage: drawn as neutral (3)
          Taps reorder: 3: Maya
        section Unpack
          %% no emotion score at this stage: drawn as neutral (3)
          Nothing noted: 3: Maya
      "
    `);
  });

  it('shortens titles, sections and tasks at word boundaries', () => {
    const long = 'Compares the delivery fee with the nearest supermarket before ordering';
    const report = analyzeMap(
      journeyMap({
        title: `${long} ${long}`,
        stages: [long],
        lanes: ['actions'],
        notes: [{ stage: stageId(long), lane: 'actions', text: long }],
      }),
      NOW,
    );
    const lines = mermaidJourney(report).split('\n');
    expect(lines.slice(1, 5)).toEqual([
      '  title Compares the delivery fee with the nearest supermarket…',
      '  section Compares the delivery fee with the…',
      '    %% no emotion score at this stage: drawn as neutral (3)',
      '    Compares the delivery fee with the…: 3: Maya',
    ]);
  });
});

describe('mermaidName', () => {
  it('removes what breaks the journey syntax and trims', () => {
    expect(mermaidName('  a: b # c ; d %% e\nf {g}  ')).toBe('a b c d e f g');
  });

  it('writes out a single percent sign, which the grammar could read as a comment', () => {
    expect(mermaidName('5% off')).toBe('5 percent off');
  });

  it('quotes a name that starts with a keyword and names an empty one', () => {
    expect(mermaidName('section 2')).toBe('“section 2”');
    expect(mermaidName(' :; ')).toBe('Untitled');
  });
});
