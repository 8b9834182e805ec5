import { describe, expect, it } from 'vitest';
import { mermaidName, renderMermaid } from './renderMermaid.ts';
import { sampleReport } from '../../../test/sampleReport.ts';

describe('renderMermaid', () => {
  it('writes a journey with a section per scored stage and the scored emotion notes as tasks', () => {
    expect(renderMermaid(sampleReport())).toMatchInlineSnapshot(`
      "journey
        title Checkout
        %% No emotion recorded: Use
        section Awareness
          Curious 🙂: 4: Ana
        section Purchase
          -2 Angry: 1: Ana
          Unsure: 2: Ana
      "
    `);
  });

  it('writes an empty journey when there is no map', () => {
    expect(renderMermaid({ ...sampleReport(), maps: [] })).toBe(
      'journey\n  title No journey maps\n',
    );
  });
});

describe('mermaidName', () => {
  it('removes what breaks the journey syntax and trims', () => {
    expect(mermaidName('  a: b # c ; d %% e\nf {g}  ')).toBe('a b c d e f g');
  });

  it('quotes a name that starts with a keyword and names an empty one', () => {
    expect(mermaidName('section 2')).toBe('“section 2”');
    expect(mermaidName(' :; ')).toBe('Untitled');
  });
});
