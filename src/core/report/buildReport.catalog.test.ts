import { describe, expect, it } from 'vitest';
import { planToRawItems } from '../../test/snapshotBuilders.ts';
import { catalog } from '../catalog/catalog.ts';
import { draftFromTemplate } from '../catalog/draftFromTemplate.ts';
import { layoutMap } from '../layout/layoutMap.ts';
import { readback } from '../readback/readback.ts';
import { buildSnapshot } from '../snapshot/buildSnapshot.ts';
import { buildReport } from './buildReport.ts';
import { layoutSummary } from './layoutSummary.ts';
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

  it('writes the online-grocery summary frame as text a team can show', () => {
    const report = reportOf('example-online-grocery');
    const [grocery] = report.maps;
    if (!grocery) throw new Error('no map');
    const { items } = layoutSummary(grocery, report.generatedAt);
    const texts = items.flatMap((item) =>
      item.kind === 'note' || item.role === 'curveLabel' || item.lines.length === 0
        ? []
        : [item.lines.map((line) => (line.strong ? `**${line.text}**` : line.text)).join('\n')],
    );
    expect(texts.join('\n\n')).toMatchInlineSnapshot(`
      "**Summary — Weekly grocery shop online — Maya**

      Persona: Maya Okafor, Working parent of two who shops for the family once a week · 1 June 2025

      Lowest moments, tied: Checkout (−2): “😤 Furious that her slot disappeared while she was paying.” · Unpack & use (−2): “😞 Annoyed that two substitutions are things nobody at home eats.”
      Highest moment: Reorder (+2): “😀 Delighted the whole weekly shop took four minutes.”

      **Emotion curve and stage by stage**

      **Discover**
      +1

      **Does**
      “Sees a friend's post about free first delivery and taps the link.”; “Compares the delivery fee with the supermarket she uses now.”
      **Meets the business at**
      “Instagram ad with a first-order discount code”; “Landing page on her phone”
      **Thinks**
      “Will the fruit and veg actually be fresh?”
      **Feels (+1)**
      “🙂 Curious — the discount makes it worth a try.”
      **What hurts**
      “The delivery fee only shows up after entering a postcode.”
      **Could be better**
      “Show the delivery fee and the next free slot on the landing page.”

      **Browse & choose**
      −1

      **Does**
      “Searches for staples and adds her usual brands one by one.”; “Filters fruit by organic for the kids' lunchboxes.”
      **Meets the business at**
      “App search and product pages”
      **Thinks**
      “Why do I have to find everything again? I buy the same things every week.”
      **Feels (−1)**
      “😕 Bored: searching item by item takes far too long.”
      **What hurts**
      “Search misses common spellings, e.g. 'yoghurt' finds nothing.”; “Out-of-stock items are only flagged at checkout.”
      **Could be better**
      “Build the basket from a pasted shopping list or a photo of one.”; “Show stock on the product card and suggest a swap there.”

      **Checkout**
      −2

      **Does**
      “Picks a Thursday evening slot and pays by card.”
      **Meets the business at**
      “Delivery slot picker”; “Checkout and payment screen”
      **Thinks**
      “That slot was free a minute ago!”
      **Feels (−2)**
      “😤 Furious that her slot disappeared while she was paying.”
      **What hurts**
      “Slots are not held while the customer checks out.”
      **Could be better**
      “Hold the chosen slot for fifteen minutes once it is picked.”

      **Delivery**
      +1

      **Does**
      “Tracks the order and waits at home for the van.”
      **Meets the business at**
      “SMS with a one-hour delivery window”; “Driver at the door”
      **Thinks**
      “Can I pop out to pick up the kids, or will I miss the driver?”
      **Feels (+1)**
      “🙂 Relieved the driver came early and carried the bags in.”
      **What hurts**
      “The one-hour window only arrives on the morning of delivery.”
      **Could be better**
      “Live van tracking with a ten-minute arrival estimate.”

      **Unpack & use**
      −2

      **Does**
      “Unpacks, checks the receipt for substitutions and puts the food away.”
      **Meets the business at**
      “Printed receipt listing substitutions”; “Order summary email”
      **Thinks**
      “Why did they swap oat milk for soya milk?”
      **Feels (−2)**
      “😞 Annoyed that two substitutions are things nobody at home eats.”
      **What hurts**
      “Substitutions are chosen without asking; a refund needs a support chat.”
      **Could be better**
      “Let customers approve or refuse substitutions in the app before delivery.”; “Refund refused items at the door with one tap.”

      **Reorder**
      +2

      **Does**
      “Opens the app the next week and taps Reorder on last week's basket.”; “Changes a few quantities and adds two weekly offers.”
      **Meets the business at**
      “Push reminder on Sunday evening”; “Past orders screen”
      **Thinks**
      “This is quicker than going to the shop — if there are slots left.”
      **Feels (+2)**
      “😀 Delighted the whole weekly shop took four minutes.”
      **What hurts**
      “The reminder arrives after the popular evening slots are gone.”
      **Could be better**
      “Send the reminder when her usual slot opens, with that slot pre-selected.”

      **Top pain points (all 7 tie, so in stage order)**
      • The delivery fee only shows up after entering a postcode. — Discover
      • Out-of-stock items are only flagged at checkout. — Browse & choose
      • Search misses common spellings, e.g. 'yoghurt' finds nothing. — Browse & choose

      **Health checks**

      Every health check passed."
    `);
  });

  it.each(examples.map((template) => template.id))('%s in Mermaid', async (id) => {
    await expect(renderReport(reportOf(id), 'mermaid')).toMatchFileSnapshot(
      `../../../docs/report-examples/${id}.mmd`,
    );
  });
});
