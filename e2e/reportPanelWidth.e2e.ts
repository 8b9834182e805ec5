import { describe, expect, it } from 'vitest';
import { afterNextPaint, browserSession, openPanel, openSandbox } from './browser.ts';

const session = browserSession({ width: 1440, height: 900 });

/** Miro's panel width: the sandbox's own is wider, so the test narrows it. */
const PANEL_WIDTH_PX = 320;

const EXAMPLES = ['Example: B2B SaaS purchase', 'Example: online grocery'];
const SAAS_TITLE = 'Buying a CRM at a mid-size logistics company — Priya';

describe('the Report tab in a 320 px panel', () => {
  it('fits without sideways scrolling and names the stages under the curve', async () => {
    await openSandbox(session);
    await session.page.addStyleTag({
      content: `.sb-panel { width: ${PANEL_WIDTH_PX}px !important; }`,
    });
    const panel = await openPanel(session);
    for (const name of EXAMPLES) {
      await panel.getByRole('button', { name: `Insert ${name}` }).click();
      await panel.getByRole('status').filter({ hasText: 'Inserted' }).waitFor();
    }
    await panel.getByRole('tab', { name: 'Report' }).click();
    const saas = panel.getByRole('region', { name: SAAS_TITLE, exact: true });
    await saas
      .getByRole('button', { name: /^Renewal × KPIs: \d+ notes? — show on board$/ })
      .waitFor();
    await panel.getByRole('heading', { name: 'Comparison' }).waitFor();

    const widths = await panel.evaluate(() => {
      const measure = (element: Element) => ({
        scroll: element.scrollWidth,
        client: element.clientWidth,
      });
      const tab = document.querySelector('[role="tabpanel"]');
      if (!tab) throw new Error('no tab panel');
      return {
        page: measure(document.documentElement),
        tab: measure(tab),
        matrices: [...document.querySelectorAll('.jm-matrix-scroll, .jm-comparison')].map(measure),
      };
    });
    expect(widths.page.client).toBeLessThanOrEqual(PANEL_WIDTH_PX);
    expect(widths.page.scroll).toBeLessThanOrEqual(widths.page.client);
    expect(widths.tab.scroll).toBeLessThanOrEqual(widths.tab.client);
    // two maps, and one comparison of them
    expect(widths.matrices.length).toBeGreaterThanOrEqual(3);
    for (const matrix of widths.matrices) expect(matrix.scroll).toBeLessThanOrEqual(matrix.client);

    const curve = saas.getByRole('img', { name: `Emotion curve of ${SAAS_TITLE}` });
    const labels = await curve.locator('.jm-curve-stage').evaluateAll((texts) =>
      texts.map((text) => ({
        shown: text.lastChild?.textContent ?? '',
        full: text.querySelector('title')?.textContent ?? '',
      })),
    );
    expect(labels.map((label) => label.full.split(':')[0])).toEqual([
      'Problem awareness',
      'Research',
      'Evaluation & trial',
      'Procurement',
      'Onboarding',
      'Adoption',
      'Renewal',
    ]);
    for (const label of labels) expect(label.shown).not.toBe('');

    const shots = {
      matrix: panel.getByRole('region', { name: `${SAAS_TITLE}: notes` }),
      curve,
      comparison: panel.getByRole('heading', { name: 'Comparison' }),
    };
    for (const [name, shown] of Object.entries(shots)) {
      await shown.scrollIntoViewIfNeeded();
      await afterNextPaint(session.page);
      await session.page.screenshot({ path: `test-results/report-320-${name}.png` });
    }
    expect(session.pageErrors).toEqual([]);
  });
});
