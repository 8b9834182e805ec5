import { describe, expect, it } from 'vitest';
import { planToRawItems } from '../../test/snapshotBuilders.ts';
import { catalog } from '../catalog/catalog.ts';
import { draftFromTemplate } from '../catalog/draftFromTemplate.ts';
import { layoutMap } from '../layout/layoutMap.ts';
import { readback } from '../readback/readback.ts';
import { buildSnapshot } from '../snapshot/buildSnapshot.ts';
import { buildReport } from './buildReport.ts';
import { renderReport } from './render/renderReport.ts';

const NOW = { now: '2025-06-01T00:00:00.000Z' };

function reportOf(id: string) {
  const template = catalog.find((t) => t.id === id);
  if (!template) throw new Error(`no template ${id}`);
  const plan = layoutMap(template, draftFromTemplate(template));
  const items = planToRawItems(plan, 'f1', { x: 0, y: 0 });
  return buildReport(readback(buildSnapshot(items)), NOW);
}

describe('buildReport over the catalog', () => {
  it.each(catalog.map((template) => template.id))('reports %s as one map', (id) => {
    const report = reportOf(id);
    expect([report.maps.length, report.comparisons, report.warnings]).toEqual([1, [], []]);
  });

  it('finds the online-grocery example’s low point, top pain point and persona', () => {
    const [grocery] = reportOf('example-online-grocery').maps;
    // checkout and unpack both score −2; the earlier one wins
    expect(grocery?.lowest).toEqual({ stageId: 'checkout', stageName: 'Checkout', score: -2 });
    expect(grocery?.highest).toEqual({ stageId: 'reorder', stageName: 'Reorder', score: 2 });
    // no votes, mentions or severity anywhere: the first stage’s pain point leads
    expect(grocery?.topPainPoints[0]?.text).toBe(
      'The delivery fee only shows up after entering a postcode.',
    );
    expect(grocery?.findings.map((f) => f.id)).not.toContain('noPersona');
    expect(grocery?.unansweredPainPoints).toEqual([]);
  });
});

/** The worked examples' reports, kept as files people can read (and GitHub renders). */
describe('the worked examples’ reports', () => {
  const examples = catalog.filter((template) => template.id.startsWith('example-'));

  it.each(examples.map((template) => template.id))('%s in Markdown', async (id) => {
    await expect(renderReport(reportOf(id), 'md')).toMatchFileSnapshot(
      `../../../docs/report-examples/${id}.md`,
    );
  });

  it('opens the online-grocery report with its title, persona, date and key moments', () => {
    const markdown = renderReport(reportOf('example-online-grocery'), 'md');
    expect(markdown.slice(0, markdown.indexOf('## Stage by stage'))).toMatchInlineSnapshot(`
      "# Weekly grocery shop online — Maya

      Journey report · 1 June 2025

      **Persona:** Maya Okafor, Working parent of two who shops for the family once a week  
      **Goals:** Get a week of healthy food for the family in under twenty minutes, delivered at a time when someone is at home.  
      **Frustrations:** Substitutions nobody asked for, delivery slots that vanish at checkout, and rebuilding the same basket every week.

      **Lowest moments, tied:** Checkout (−2): “😤 Furious that her slot disappeared while she was paying.” · Unpack & use (−2): “😞 Annoyed that two substitutions are things nobody at home eats.”  
      **Highest moment:** Reorder (+2): “😀 Delighted the whole weekly shop took four minutes.”

      "
    `);
  });

  it('tells the online-grocery checkout from its notes, lane by lane', () => {
    const markdown = renderReport(reportOf('example-online-grocery'), 'md');
    const checkout = markdown.indexOf('### Checkout');
    expect(markdown.slice(checkout, markdown.indexOf('###', checkout + 1))).toMatchInlineSnapshot(`
      "### Checkout

      - **Does:** “Picks a Thursday evening slot and pays by card.”
      - **Meets the business at:** “Delivery slot picker”; “Checkout and payment screen”
      - **Thinks:** “That slot was free a minute ago!”
      - **Feels (−2):** “😤 Furious that her slot disappeared while she was paying.”
      - **What hurts:** “Slots are not held while the customer checks out.”
      - **Could be better:** “Hold the chosen slot for fifteen minutes once it is picked.”

      "
    `);
  });

  it.each(examples.map((template) => template.id))('%s in Mermaid', async (id) => {
    await expect(renderReport(reportOf(id), 'mermaid')).toMatchFileSnapshot(
      `../../../docs/report-examples/${id}.mmd`,
    );
  });
});
