import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/core/report/render/renderHtml.ts';
import { mermaidJourney, renderMermaid } from '../src/core/report/render/renderMermaid.ts';
import { sampleReport } from '../src/test/sampleReport.ts';
import { HOSTILE_TEXTS, hostileReport } from '../src/test/hostileText.ts';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { renderCsv } from '../src/core/report/render/renderCsv.ts';
import { renderMarkdown } from '../src/core/report/render/renderMarkdown.ts';
import { afterNextPaint, browserSession } from './browser.ts';
import { csvCells, hasSpreadsheet, throughSpreadsheet } from './spreadsheet.ts';

const session = browserSession();
const mermaidBundle = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

type MermaidWindow = { mermaid: { parse(text: string): Promise<unknown> } };

describe('the HTML report in Chromium', () => {
  it('runs no script from board text and shows it as text', async () => {
    const dialogs: string[] = [];
    session.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await session.page.setContent(renderHtml(hostileReport()), { waitUntil: 'load' });
    await afterNextPaint(session.page);

    expect(dialogs).toEqual([]);
    expect(await session.page.evaluate(() => 'pwned' in window)).toBe(false);
    const counts = await session.page.evaluate(() =>
      ['script', 'img', 'iframe', 'a', 'object', 'embed', 'link'].map(
        (tag) => document.getElementsByTagName(tag).length,
      ),
    );
    expect(counts).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(await session.page.locator('meta[http-equiv="refresh"]').count()).toBe(0);
    expect(await session.page.locator('style').count()).toBe(1);
    const text = await session.page.locator('body').innerText();
    for (const payload of HOSTILE_TEXTS.filter((t) => t.startsWith('<')))
      expect(text, payload).toContain(payload);
    expect(session.outside).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('draws the emotion curve and keeps the page to its content security policy', async () => {
    await session.page.setContent(renderHtml(sampleReport()), { waitUntil: 'load' });
    await expect
      .poll(() => session.page.getByRole('img', { name: 'Emotion curve of Checkout' }).count())
      .toBe(1);
    const blocked = await session.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.ran = true';
      document.body.append(script);
      return 'ran' in window;
    });
    expect(blocked).toBe(false);
    expect(await session.page.getByRole('heading', { name: 'Top pain points' }).count()).toBe(1);
  });
});

describe('the Mermaid report', () => {
  it('parses with mermaid, hostile names included', async () => {
    await session.page.goto('about:blank');
    await session.page.addScriptTag({ path: mermaidBundle });
    const diagrams = [
      renderMermaid(sampleReport()),
      renderMermaid({ ...sampleReport(), maps: [] }),
      ...hostileReport().maps.map(mermaidJourney),
    ];
    const failures = await session.page.evaluate(async (texts) => {
      const { mermaid } = window as unknown as MermaidWindow;
      const failed: string[] = [];
      for (const text of texts)
        await mermaid
          .parse(text)
          .catch((error: unknown) => failed.push(`${text}\n${String(error)}`));
      return failed;
    }, diagrams);
    expect(failures).toEqual([]);
  });
});

describe('the Markdown report as GitHub renders it', () => {
  it('keeps every table to its header’s columns and shows board text as text', async () => {
    // GitHub sanitises the HTML a document holds; passing it through shows that there is none
    const html = micromark(renderMarkdown(hostileReport()), {
      extensions: [gfm()],
      htmlExtensions: [gfmHtml()],
      allowDangerousHtml: true,
    });
    await session.page.goto('about:blank');
    await session.page.setContent(html);
    const shape = await session.page.evaluate(() => ({
      tags: [...new Set([...document.body.querySelectorAll('*')].map((e) => e.tagName))].sort(),
      ragged: [...document.querySelectorAll('table')].filter((table) => {
        const widths = [...table.rows].map((row) => row.cells.length);
        return widths.some((width) => width !== widths[0]);
      }).length,
      tables: document.querySelectorAll('table').length,
    }));
    // headings, paragraphs, lists and tables; BR and STRONG are the persona's lines and labels
    expect(shape.tags).toEqual(
      'BR H1 H2 H3 H4 LI P STRONG TABLE TBODY TD TH THEAD TR UL'.split(' '),
    );
    expect(shape.ragged).toBe(0);
    expect(shape.tables).toBeGreaterThan(HOSTILE_TEXTS.length);
    const text = await session.page.locator('body').innerText();
    for (const payload of HOSTILE_TEXTS.filter((t) => /^[<[!#]/.test(t)))
      expect(text, payload).toContain(payload.replace(/\s+/g, ' '));
    expect(session.outside).toEqual([]);
  });
});

describe('the CSV report in a spreadsheet', () => {
  it.skipIf(!hasSpreadsheet)('keeps every hostile text as text, formulas unrun', () => {
    const csv = renderCsv(hostileReport());
    expect(throughSpreadsheet(csv)).toEqual(csvCells(csv));
  });
});
