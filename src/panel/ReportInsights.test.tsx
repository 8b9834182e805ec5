// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MiroEmulator } from '../board/emulator/MiroEmulator.ts';
import { MiroBoard } from '../board/miro/MiroBoard.ts';
import { BoardError } from '../board/port.ts';
import { layoutMap } from '../core/layout/layoutMap.ts';
import { boardWith, type FakeBoard } from '../test/fakeBoard.ts';
import { renderPanel } from '../test/renderPanel.tsx';
import { sampleDraft, sampleTemplate } from '../test/sampleTemplate.ts';
import { SimulatedClock } from '../test/SimulatedClock.ts';
import { snapshotOfMaps, type CellNote } from '../test/snapshotOfMaps.ts';
import { App } from './App.tsx';

const plan = layoutMap(sampleTemplate, sampleDraft());

const NOTES: CellNote[] = [
  { stageId: 'purchase', laneId: 'painPoints', text: 'Fees shown late', color: 'red' },
  { stageId: 'purchase', laneId: 'painPoints', text: 'Slow checkout' },
  { stageId: 'purchase', laneId: 'emotions', text: '+2 got it' },
  { stageId: 'purchase', laneId: 'emotions', text: '+1' },
  { stageId: 'awareness', laneId: 'emotions', text: '-2 confused' },
  { stageId: 'awareness', laneId: 'actions', text: 'Sees an ad' },
];

const createObjectURL = vi.fn((blob: Blob) => `blob:report-${blob.size}`);
const revokeObjectURL = vi.fn();
let downloads: { href: string; download: string }[] = [];

beforeEach(() => {
  downloads = [];
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ href: this.href, download: this.download });
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  createObjectURL.mockClear();
});

async function openReport(board: FakeBoard, clock?: SimulatedClock) {
  const rendered = renderPanel(board, clock);
  await rendered.user.click(screen.getByRole('tab', { name: 'Report' }));
  const section = await screen.findByRole('region', { name: 'Sample journey map' });
  return { ...rendered, section };
}

function lastBlob(): Blob {
  const blob = createObjectURL.mock.calls.at(-1)?.[0];
  if (!blob) throw new Error('no blob was made');
  return blob;
}

describe('the report preview of a map', () => {
  it('shows the emotion curve, the lowest and highest moment and the pain points', async () => {
    const { section } = await openReport(
      boardWith(snapshotOfMaps([{ frameId: 'f1', plan, notes: NOTES }])),
    );
    const report = within(section).getByRole('region', { name: 'Report' });
    expect(
      within(report).getByRole('img', { name: 'Emotion curve of Sample journey map' }),
    ).toBeTruthy();
    expect(within(report).getByText('Lowest moment: Awareness (−2)')).toBeTruthy();
    expect(within(report).getByText('Highest moment: Purchase (+1.5)')).toBeTruthy();
    const top = within(report).getByRole('list', { name: 'Top pain points' });
    expect(
      within(top)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Fees shown late — Purchase', 'Slow checkout — Purchase']);
    const unanswered = within(report).getByRole('list', {
      name: 'Pain points without an opportunity',
    });
    expect(within(unanswered).getAllByRole('listitem')).toHaveLength(2);
  });

  it('names each point of the curve with its stage and score', async () => {
    const { section } = await openReport(
      boardWith(snapshotOfMaps([{ frameId: 'f1', plan, notes: NOTES }])),
    );
    const curve = within(section).getByRole('img', { name: 'Emotion curve of Sample journey map' });
    expect([...curve.querySelectorAll('circle title')].map((title) => title.textContent)).toEqual([
      'Awareness: −2',
      'Purchase: +1.5', // (2 + 1) / 2
    ]);
  });

  it('lists the first five opportunities in stage order and counts the rest', async () => {
    const ideas: CellNote[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((letter, index) => ({
      stageId: index < 2 ? 'purchase' : 'awareness',
      laneId: 'opportunities',
      text: `Idea ${letter}`,
    }));
    const draft = sampleDraft();
    const withIdeas = layoutMap(
      sampleTemplate,
      sampleDraft({
        lanes: [...draft.lanes, { id: 'opportunities', name: 'Ideas', kind: 'opportunities' }],
      }),
    );
    const { section } = await openReport(
      boardWith(snapshotOfMaps([{ frameId: 'f1', plan: withIdeas, notes: ideas }])),
    );
    const list = within(section).getByRole('list', { name: 'Opportunities' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Idea C — Awareness',
      'Idea D — Awareness',
      'Idea E — Awareness',
      'Idea F — Awareness',
      'Idea G — Awareness',
    ]);
    expect(within(section).getByText('2 more in the exported report.')).toBeTruthy();
  });

  it('lists the failed health checks with their advice', async () => {
    const { section } = await openReport(
      boardWith(snapshotOfMaps([{ frameId: 'f1', plan, notes: NOTES }])),
    );
    const checks = within(section).getByRole('list', { name: 'Health checks' });
    expect(within(checks).getAllByRole('listitem')[0]?.textContent).toBe(
      'The map has no named persona. Name the one kind of customer this journey belongs to, with their role, goals and frustrations — not an "average customer".',
    );
  });

  it('compares two maps stage by stage', async () => {
    const second = layoutMap(sampleTemplate, sampleDraft({ title: 'Future state' }));
    await openReport(
      boardWith(
        snapshotOfMaps([
          { frameId: 'f1', plan, notes: NOTES },
          { frameId: 'f2', plan: second, at: { x: 0, y: 5000 } },
        ]),
      ),
    );
    const comparison = screen.getByRole('region', { name: 'Sample journey map → Future state' });
    const rows = within(comparison)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows[0]).toEqual(['Stage', 'From', 'To', 'Change']);
    expect(rows[1]).toEqual(['Awareness', '−2', '—', '—']);
  });
});

describe('exporting the report', () => {
  it.each([
    ['Markdown', 'journey-report.md', 'text/markdown; charset=utf-8'],
    ['HTML', 'journey-report.html', 'text/html; charset=utf-8'],
    ['CSV', 'journey-report.csv', 'text/csv; charset=utf-8; header=present'],
    ['JSON', 'journey-report.json', 'application/json'],
    ['Mermaid', 'journey-report.mmd', 'text/plain; charset=utf-8'],
  ])('downloads %s as %s', async (name, fileName, type) => {
    const { user } = await openReport(
      boardWith(snapshotOfMaps([{ frameId: 'f1', plan, notes: NOTES }])),
    );
    await user.click(screen.getByRole('button', { name: `Download ${name}` }));
    const blob = lastBlob();
    expect(blob.type).toBe(type);
    expect(blob.size).toBeGreaterThan(0);
    expect(downloads).toEqual([{ href: `blob:report-${blob.size}`, download: fileName }]);
  });

  it('copies the Markdown to the clipboard and says so', async () => {
    const writeText = vi.fn(async () => {});
    const { user } = await openReport(
      boardWith(snapshotOfMaps([{ frameId: 'f1', plan, notes: NOTES }])),
    );
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText.mock.calls[0]).toEqual([expect.stringContaining('Sample journey map')]);
    expect(await screen.findByText('Copied')).toBeTruthy();
  });

  it('dates the report by the clock the panel is given', async () => {
    const writeText = vi.fn(async () => {});
    const clock = new SimulatedClock();
    clock.advance(Date.UTC(2026, 11, 1, 9, 30));
    const { user } = await openReport(boardWith(snapshotOfMaps([{ frameId: 'f1', plan }])), clock);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect(writeText.mock.calls[0]).toEqual([expect.stringContaining('1 December 2026')]);
  });

  it('says when there is no clipboard', async () => {
    const { user } = await openReport(
      boardWith(snapshotOfMaps([{ frameId: 'f1', plan, notes: NOTES }])),
    );
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The clipboard is not available here; download the Markdown instead.',
    );
  });
});

describe('adding a summary to the board', () => {
  it('asks the board for a summary beside the map and confirms it', async () => {
    const board = boardWith(snapshotOfMaps([{ frameId: 'f1', plan, notes: NOTES }]));
    const { user, section } = await openReport(board);
    await user.click(within(section).getByRole('button', { name: 'Add summary to board' }));
    expect((await within(section).findByRole('status')).textContent).toBe(
      'Added the summary beside the map.',
    );
    expect(board.summaries.map(({ plan, nextTo }) => [plan.title, nextTo])).toEqual([
      ['Summary — Sample journey map', 'f1'],
    ]);
  });

  it('shows progress, then why it failed', async () => {
    const board = boardWith(snapshotOfMaps([{ frameId: 'f1', plan, notes: NOTES }]));
    const { user, section } = await openReport(board);
    board.failWith(new BoardError('failed', 'The summary could not be inserted (Offline).'));
    const release = board.hold();
    await user.click(within(section).getByRole('button', { name: 'Add summary to board' }));
    expect(within(section).getByRole('progressbar', { name: 'Adding the summary' })).toBeTruthy();
    release();
    expect((await within(section).findByRole('alert')).textContent).toBe(
      'The summary could not be inserted (Offline).',
    );
  });

  it('draws the summary on the emulated board', async () => {
    const emulator = new MiroEmulator();
    const { frameId } = await new MiroBoard(emulator).apply(plan);
    const user = userEvent.setup();
    render(
      <App board={new MiroBoard(emulator, { retry: { delays: [], sleep: async () => {} } })} />,
    );
    await user.click(screen.getByRole('tab', { name: 'Report' }));
    const section = await screen.findByRole('region', { name: 'Sample journey map' });
    await user.click(within(section).getByRole('button', { name: 'Add summary to board' }));
    await within(section).findByText('Added the summary beside the map.');
    const frames = emulator.items().filter((item) => item.type === 'frame');
    // the map's frame has no title of its own (its title item shows it); the summary's keeps one
    expect(frames.map((frame) => frame.type === 'frame' && frame.title)).toEqual([
      '',
      'Summary — Sample journey map',
    ]);
    const summary = frames[1];
    const map = frames.find((frame) => frame.id === frameId);
    expect(summary && map && summary.boardX > map.boardX).toBe(true);
  });
});
