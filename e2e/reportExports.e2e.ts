import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame } from 'playwright-core';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { catalog, DEFAULT_TEMPLATE_ID } from '../src/core/catalog/catalog.ts';
import { draftFromTemplate } from '../src/core/catalog/draftFromTemplate.ts';
import { layoutMap } from '../src/core/layout/layoutMap.ts';
import { ReportJson } from '../src/core/report/render/reportJson.schema.ts';
import { parseCsv } from '../src/test/parseCsv.ts';
import {
  afterNextPaint,
  browserSession,
  openPanel,
  openSandbox,
  type Session,
  showWholeBoard,
} from './browser.ts';
import { csvCells, hasSpreadsheet, throughSpreadsheet } from './spreadsheet.ts';

const session = browserSession({ width: 1400, height: 1000 });
const mermaidBundle = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

const MAP_TITLE = 'Current-state journey map';
const DEFAULT_TEMPLATE = catalog.find((template) => template.id === DEFAULT_TEMPLATE_ID);
if (!DEFAULT_TEMPLATE) throw new Error(`no template ${DEFAULT_TEMPLATE_ID}`);
/** Where the panel's "Insert Current-state map" puts the cells, frame-local. */
const DEFAULT_PLAN = layoutMap(DEFAULT_TEMPLATE, draftFromTemplate(DEFAULT_TEMPLATE));

/** The workshop: what the team writes, in which cell, and where in the cell (fractions). */
const WORKSHOP = [
  { stage: 'awareness', lane: 'touchpoints', text: 'Instagram ad', at: [0.25, 0.5] },
  { stage: 'awareness', lane: 'emotions', text: '+1 Curious about the offer', at: [0.25, 0.5] },
  { stage: 'purchase', lane: 'emotions', text: '-2 Angry about the fee', at: [0.25, 0.5] },
  { stage: 'purchase', lane: 'painPoints', text: 'Hidden delivery fee', at: [0.2, 0.5] },
  { stage: 'purchase', lane: 'painPoints', text: 'Hidden delivery fee', at: [0.5, 0.5] },
  { stage: 'purchase', lane: 'painPoints', text: 'Slow checkout, 3 steps', at: [0.8, 0.5] },
  { stage: 'purchase', lane: 'opportunities', text: 'Show the fee upfront', at: [0.25, 0.5] },
  { stage: 'usage', lane: 'emotions', text: '-1 Confusing app', at: [0.25, 0.5] },
] as const;

/** Inserts the default map through the panel and adds the workshop's notes by double-click. */
async function runWorkshop(): Promise<Frame> {
  await openSandbox(session);
  const panel = await openPanel(session);
  await panel.getByRole('button', { name: 'Insert Current-state map' }).click();
  await panel.getByRole('status').filter({ hasText: 'Inserted' }).waitFor();
  // the view lands on the map's corner: see all of it, as a facilitator would
  await showWholeBoard(session);
  const points = await session.page.evaluate(
    ({ title, notes, grid }) => {
      const sandbox = window.journeyMapperSandbox;
      // the map's frame has no title of its own: it is the one holding the title text
      const items = sandbox?.miro.items() ?? [];
      const titleText = items.find((item) => item.type === 'text' && item.content.includes(title));
      const frame = items.find((item) => item.type === 'frame' && item.id === titleText?.parentId);
      if (!sandbox || !frame) throw new Error('no inserted map');
      const left = frame.boardX - frame.width / 2;
      const top = frame.boardY - frame.height / 2;
      return notes.map(({ stage, lane, at }) => {
        const column = grid.columns[grid.stages.findIndex((s) => s.id === stage)];
        const row = grid.rows[grid.lanes.findIndex((l) => l.id === lane)];
        if (!column || !row) throw new Error(`no cell ${stage} × ${lane}`);
        return sandbox.boardToScreen(
          left + column.start + (column.end - column.start) * at[0],
          top + row.start + (row.end - row.start) * at[1],
        );
      });
    },
    { title: MAP_TITLE, notes: WORKSHOP, grid: DEFAULT_PLAN.grid },
  );
  for (const [index, point] of points.entries()) {
    await session.page.mouse.dblclick(point.x, point.y);
    await session.page.getByTestId('sandbox-editor').fill(WORKSHOP[index]?.text ?? '');
    await session.page.getByTestId('sandbox-editor').press('Control+Enter');
  }
  await panel.getByRole('tab', { name: 'Report' }).click();
  await panel
    .getByRole('region', { name: MAP_TITLE })
    .getByRole('button', { name: /Purchase × Pain points: 3 notes/ })
    .waitFor();
  return panel;
}

async function download(panel: Frame, format: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    session.page.waitForEvent('download'),
    panel.getByRole('button', { name: `Download ${format}` }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** The rows of the table under the heading `name` on the page, as text. */
async function tableAfter(session: Session, name: string): Promise<string[][]> {
  return session.page.evaluate((heading) => {
    const title = [...document.querySelectorAll('h2, h3, h4')].find(
      (element) => element.textContent === heading,
    );
    let next = title?.nextElementSibling;
    while (next && next.tagName !== 'TABLE') next = next.nextElementSibling;
    if (!next) throw new Error(`no table after “${heading}”`);
    return [...next.querySelectorAll('tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''),
    );
  }, name);
}

// What the workshop means, worked out by hand: the emotions lane scores +1 in Awareness,
// −2 in Purchase and −1 in Usage; the fee is the top pain point, said twice.
// No Spread and no Votes column: every row's is zero or empty, so the report leaves it out.
const EMOTION_ROWS = [
  ['Stage', 'Mean', 'Scored notes'],
  ['Awareness', '+1', '1'],
  ['Consideration', '—', '0'],
  ['Purchase', '−2', '1'],
  ['Onboarding', '—', '0'],
  ['Usage', '−1', '1'],
  ['Loyalty', '—', '0'],
];
const PAIN_ROWS = [
  ['Rank', 'Stage', 'Pain point', 'Mentions'],
  ['1', 'Purchase', 'Hidden delivery fee', '2'],
  ['2', 'Purchase', 'Slow checkout, 3 steps', '1'],
];

describe('the report of a sandbox board after a workshop', () => {
  it('says the same in every format, each opened in the tool people use for it', async () => {
    const panel = await runWorkshop();
    const files: Record<string, { name: string; text: string }> = {};
    for (const format of ['Markdown', 'HTML', 'CSV', 'JSON', 'Mermaid'])
      files[format] = await download(panel, format);
    expect(Object.values(files).map((file) => file.name)).toEqual([
      'journey-report.md',
      'journey-report.html',
      'journey-report.csv',
      'journey-report.json',
      'journey-report.mmd',
    ]);

    // JSON: a program reads it against the shipped schema
    const json = ReportJson.parse(JSON.parse(files.JSON?.text ?? ''));
    const map = json.maps.find((m) => m.title === MAP_TITLE);
    expect(map?.notes).toHaveLength(WORKSHOP.length);
    expect(map?.insights.curve.map((point) => point.score)).toEqual([1, null, -2, null, -1, null]);
    expect(map?.insights.topPainPoints[0]).toMatchObject({
      text: 'Hidden delivery fee',
      mentions: 2,
    });

    // HTML: the browser shows it, curve and all, and runs nothing
    await session.page.setContent(files.HTML?.text ?? '', { waitUntil: 'load' });
    expect(await tableAfter(session, 'Emotion curve')).toEqual(EMOTION_ROWS);
    expect(await tableAfter(session, 'Top pain points')).toEqual(PAIN_ROWS);
    const curve = session.page.getByRole('img', { name: `Emotion curve of ${MAP_TITLE}` });
    expect(await curve.locator('circle').count()).toBe(3);
    expect(await session.page.locator('script').count()).toBe(0);

    // Markdown: as GitHub renders it (CommonMark with the GFM tables), the same tables
    const markdownHtml = micromark(files.Markdown?.text ?? '', {
      extensions: [gfm()],
      htmlExtensions: [gfmHtml()],
      allowDangerousHtml: true,
    });
    await session.page.goto('about:blank');
    await session.page.setContent(markdownHtml);
    expect(await tableAfter(session, 'Emotion curve')).toEqual(EMOTION_ROWS);
    expect(await tableAfter(session, 'Top pain points')).toEqual(PAIN_ROWS);

    // CSV: what a spreadsheet reads, one row per note, the text as written
    const csv = files.CSV?.text ?? '';
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual([
      'map',
      'stage',
      'lane',
      'text',
      'emotion',
      'colour',
      'tags',
      'author',
      'votes',
      'created',
    ]);
    expect(rows.map((row) => [row[1], row[2], row[3], row[4]]).sort()).toEqual(
      [
        ['Awareness', 'Touchpoints', 'Instagram ad', ''],
        ['Awareness', 'Emotions', "'+1 Curious about the offer", '1'],
        ['Purchase', 'Emotions', "'-2 Angry about the fee", '-2'],
        ['Purchase', 'Pain points', 'Hidden delivery fee', ''],
        ['Purchase', 'Pain points', 'Hidden delivery fee', ''],
        ['Purchase', 'Pain points', 'Slow checkout, 3 steps', ''],
        ['Purchase', 'Opportunities', 'Show the fee upfront', ''],
        ['Usage', 'Emotions', "'-1 Confusing app", '-1'],
      ].sort(),
    );

    // Mermaid: mermaid itself parses and draws it; a section per stage, its actions as tasks
    // scored by the stage's emotion on Mermaid's 1–5 scale (score + 3). The workshop noted no
    // actions, so each stage has one "Nothing noted" task; unscored stages are drawn neutral.
    expect(files.Mermaid?.text).toContain('  section Awareness\n    Nothing noted: 4: Customer');
    expect(files.Mermaid?.text).toContain('  section Purchase\n    Nothing noted: 1: Customer');
    expect(files.Mermaid?.text).toContain(
      '  section Consideration\n    %% no emotion score at this stage: drawn as neutral (3)\n    Nothing noted: 3: Customer',
    );
    await session.page.goto('about:blank');
    await session.page.addScriptTag({ path: mermaidBundle });
    const svg = await session.page.evaluate(async (text) => {
      const { mermaid } = window as unknown as {
        mermaid: {
          initialize(config: object): void;
          render(id: string, text: string): Promise<{ svg: string }>;
        };
      };
      mermaid.initialize({ startOnLoad: false });
      return (await mermaid.render('journey', text)).svg;
    }, files.Mermaid?.text ?? '');
    // every stage is drawn, the unscored ones too
    for (const stage of [
      'Awareness',
      'Consideration',
      'Purchase',
      'Onboarding',
      'Usage',
      'Loyalty',
    ])
      expect(svg).toContain(`>${stage}<`);
    expect(session.pageErrors).toEqual([]);
  });

  it.skipIf(!hasSpreadsheet)(
    'opens the CSV in a spreadsheet with every cell as written',
    async () => {
      const panel = await runWorkshop();
      const csv = await download(panel, 'CSV');
      expect(throughSpreadsheet(csv.text)).toEqual(csvCells(csv.text));
    },
  );

  it('copies the same Markdown to the clipboard', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: session.baseUrl,
    });
    const panel = await runWorkshop();
    const markdown = await download(panel, 'Markdown');
    await panel.getByRole('button', { name: 'Copy Markdown' }).click();
    await panel.getByText('Copied').waitFor();
    expect(await panel.evaluate(() => navigator.clipboard.readText())).toBe(markdown.text);
  });

  it('draws the summary frame beside the map (the README screenshot)', async () => {
    const panel = await runWorkshop();
    const region = panel.getByRole('region', { name: MAP_TITLE });
    await region.getByRole('button', { name: 'Add summary to board' }).click();
    await region.getByRole('status').filter({ hasText: 'Added the summary' }).waitFor();
    const drawn = await session.page.evaluate((title) => {
      const miro = window.journeyMapperSandbox?.miro;
      const items = miro?.items() ?? [];
      const frameOf = (name: string) =>
        items.find((item) => item.type === 'frame' && item.title === name);
      // the map's frame has no title of its own (its title item shows it)
      const map = frameOf('');
      const summary = frameOf(`Summary — ${title}`);
      if (!map || !summary || map.type !== 'frame' || summary.type !== 'frame')
        throw new Error('no summary frame');
      const children = items.filter((item) => item.parentId === summary.id);
      return {
        rightOfMap: summary.boardX - summary.width / 2 > map.boardX + map.width / 2,
        circles: children.filter((item) => item.type === 'shape' && item.shape === 'circle').length,
        connectors: miro?.connectors().length ?? 0,
        texts: children.flatMap((item) =>
          item.type === 'text' || item.type === 'shape' ? [item.content] : [],
        ),
      };
    }, MAP_TITLE);
    expect(drawn.rightOfMap).toBe(true);
    // one point per scored stage, joined in order
    expect(drawn.circles).toBe(3);
    expect(drawn.connectors).toBe(2);
    expect(drawn.texts.join(' ')).toContain('Hidden delivery fee');
    expect(drawn.texts.join(' ')).toContain('Lowest moment: Purchase (−2)');
    await afterNextPaint(session.page);
    const shot = await session.page.screenshot({ path: 'test-results/report.png' });
    if (process.env.UPDATE_DOCS_SCREENSHOT) writeFileSync('docs/report.png', shot);
    expect(session.pageErrors).toEqual([]);
  });
});
