// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BoardError } from '../board/port.ts';
import { layoutMap } from '../core/layout/layoutMap.ts';
import { boardWith, FakeBoard } from '../test/fakeBoard.ts';
import { renderPanel } from '../test/renderPanel.tsx';
import { SimulatedClock } from '../test/SimulatedClock.ts';
import { handGrid, shapeLabel } from '../test/snapshotBuilders.ts';
import { sampleDraft, sampleTemplate } from '../test/sampleTemplate.ts';
import {
  rawItem,
  frameWithLabelsAndNoGrid,
  snapshotOfMaps,
  type CellNote,
} from '../test/snapshotOfMaps.ts';

afterEach(cleanup);

const plan = layoutMap(sampleTemplate, sampleDraft());
const secondPlan = layoutMap(sampleTemplate, sampleDraft({ title: 'Returns journey' }));

const NOTES: CellNote[] = [
  { stageId: 'purchase', laneId: 'painPoints', text: 'Fees shown late', color: 'red' },
  { stageId: 'purchase', laneId: 'painPoints', text: 'Slow checkout' },
  { stageId: 'purchase', laneId: 'painPoints', text: 'No PayPal' },
  { stageId: 'purchase', laneId: 'emotions', text: '+2 got it' },
  { stageId: 'purchase', laneId: 'emotions', text: '+1' },
  { stageId: 'awareness', laneId: 'emotions', text: '-2 confused' },
  { stageId: 'awareness', laneId: 'actions', text: 'Sees an ad' },
];

async function openReport(board: FakeBoard, clock = new SimulatedClock()) {
  const rendered = renderPanel(board, clock);
  await rendered.user.click(screen.getByRole('tab', { name: 'Report' }));
  return rendered;
}

async function mapSection(title: string): Promise<HTMLElement> {
  return screen.findByRole('region', { name: title });
}

/** The table's rows as text: header cells, then each lane's counts, then the emotion row. */
function rows(section: HTMLElement): string[][] {
  return within(section)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('the Report tab', () => {
  it('shows each map with its structure, note counts and emotion per stage', async () => {
    await openReport(boardWith(snapshotOfMaps([{ frameId: 'f1', plan, notes: NOTES }])));
    const section = await mapSection('Sample journey map');
    expect(within(section).getByText('Recorded by the app')).toBeTruthy();
    expect(rows(section)).toEqual([
      ['', 'Awareness', 'Consideration', 'Purchase', 'Use', 'Loyalty'],
      ['Actions', '1', '0', '0', '0', '0'],
      ['Touchpoints', '0', '0', '0', '0', '0'],
      ['Emotions', '1', '0', '2', '0', '0'],
      ['Pain points', '0', '0', '3', '0', '0'],
      // purchase: (2 + 1) / 2
      ['Emotion', '−2', '—no score', '+1.5', '—no score', '—no score'],
    ]);
    expect(within(section).getByText('Every note is in a cell.')).toBeTruthy();
  });

  it('shows the phases over the stages of a map with two header rows, and lane questions', async () => {
    const items = [
      ...handGrid({
        frameId: 'p',
        at: { x: 0, y: 100 },
        stages: ['Find', 'Choose', 'Use'],
        lanes: ['Actions\nWhat do they do?', 'Pain points'],
      }),
      shapeLabel('ph1', { x: 420, y: 180, width: 1160, height: 80 }, 'Before', { parentId: 'p' }),
      shapeLabel('ph2', { x: 1620, y: 180, width: 560, height: 80 }, 'After', { parentId: 'p' }),
    ];
    const titled = items.map((item) =>
      item.id === 'p' ? { ...item, text: 'Phased journey' } : item,
    );
    await openReport(boardWith(snapshotOfMaps([], titled)));
    const section = await mapSection('Phased journey');
    expect(rows(section).slice(0, 2)).toEqual([
      ['', 'Before', 'After'],
      ['', 'Find', 'Choose', 'Use'],
    ]);
    expect(
      within(section).getByRole('columnheader', { name: 'Before' }).getAttribute('colspan'),
    ).toBe('2');
    expect(within(section).getByRole('rowheader', { name: 'Actions' }).title).toBe(
      'Actions: What do they do?',
    );
  });

  it('shows each map with its own counts and report when the board holds two', async () => {
    await openReport(
      boardWith(
        snapshotOfMaps([
          { frameId: 'f1', plan, notes: NOTES, at: { x: 0, y: 5000 } },
          { frameId: 'f2', plan: secondPlan },
        ]),
      ),
    );
    const first = await mapSection('Sample journey map');
    const second = await mapSection('Returns journey');
    expect(rows(first)[4]).toEqual(['Pain points', '0', '0', '3', '0', '0']);
    expect(rows(second)[4]).toEqual(['Pain points', '0', '0', '0', '0', '0']);
    expect(within(first).getByText('Lowest moment: Awareness (−2)')).toBeTruthy();
    expect(within(second).getByText('Lowest moment: no scored stage')).toBeTruthy();
  });

  it('tells a map read from the board’s layout from one the app recorded', async () => {
    const recorded = snapshotOfMaps([{ frameId: 'f1', plan, notes: NOTES }]);
    await openReport(
      boardWith({ items: recorded.items.map((item) => ({ ...item, record: null })) }),
    );
    const section = await mapSection('Sample journey map');
    expect(within(section).getByText('Read from the board’s layout')).toBeTruthy();
    expect(
      within(section).getByRole('button', {
        name: 'Purchase × Pain points: 3 notes — show on board',
      }),
    ).toBeTruthy();
  });

  it('lists the warnings readback gives', async () => {
    const snapshot = frameWithLabelsAndNoGrid();
    await openReport(boardWith(snapshot));
    const warnings = await screen.findByRole('region', { name: 'Warnings (1)' });
    expect(within(warnings).getByRole('listitem').textContent).toMatch(
      /^Frame "Ideas" has labels like a journey map/,
    );
  });

  it('zooms the board to a cell from its button', async () => {
    const board = boardWith(snapshotOfMaps([{ frameId: 'f1', plan, notes: NOTES }]));
    const { user } = await openReport(board);
    const section = await mapSection('Sample journey map');
    await user.click(
      within(section).getByRole('button', {
        name: 'Purchase × Pain points: 3 notes — show on board',
      }),
    );
    // purchase is column [1800, 680]; pain points, the last lane, [2380, 520]: the grid ends
    // where its labels end (R12); frame at (0, 0)
    expect(board.zooms).toEqual([{ x: 1880, y: 2430, width: 680, height: 520 }]);
  });

  it('says how many notes lie outside the grid', async () => {
    const outside = snapshotOfMaps(
      [{ frameId: 'f1', plan }],
      [
        // inside the frame, left of the grid's first column (x 440), below the header
        rawItem(
          'stray',
          'sticky',
          { x: 100, y: 2600, width: 199, height: 228 },
          { text: 'Stray', parentId: 'f1' },
        ),
      ],
    );
    await openReport(boardWith(outside));
    const section = await mapSection('Sample journey map');
    expect(within(section).getByText('1 note is outside the grid.')).toBeTruthy();
  });

  it('says when the board holds no journey map', async () => {
    await openReport(new FakeBoard());
    expect(
      await screen.findByText(
        'No journey maps on this board yet — insert one from Templates, or draw a grid with stage and lane labels.',
      ),
    ).toBeTruthy();
  });

  it('says it is reading the board until it has', async () => {
    const board = boardWith(snapshotOfMaps([{ frameId: 'f1', plan }]));
    const release = board.holdReads();
    await openReport(board);
    expect(screen.getByRole('status').textContent).toBe('Reading the board…');
    expect(screen.getByRole('button', { name: 'Refresh' }).hasAttribute('disabled')).toBe(true);
    release();
    await mapSection('Sample journey map');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('shows why the board could not be read', async () => {
    const board = new FakeBoard();
    board.failReadsWith(new BoardError('failed', 'The board could not be read (Offline).'));
    await openReport(board);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The board could not be read (Offline).',
    );
  });

  it('reads the board again once items have stopped changing for a moment', async () => {
    const board = boardWith(snapshotOfMaps([{ frameId: 'f1', plan }]));
    const clock = new SimulatedClock();
    await openReport(board, clock);
    await mapSection('Sample journey map');
    expect(board.reads).toBe(1);
    board.changeItems(snapshotOfMaps([{ frameId: 'f1', plan, notes: NOTES.slice(0, 1) }]));
    act(() => clock.advance(200));
    board.changeItems(snapshotOfMaps([{ frameId: 'f1', plan, notes: NOTES.slice(0, 2) }]));
    act(() => clock.advance(299)); // REFRESH_DELAY_MS after the last change, less 1
    expect(board.reads).toBe(1);
    act(() => clock.advance(1));
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Purchase × Pain points: 2 notes — show on board' }),
      ).toBeTruthy(),
    );
    expect(board.reads).toBe(2);
  });

  it('reads the board again on Refresh', async () => {
    const board = boardWith(snapshotOfMaps([{ frameId: 'f1', plan }]));
    const { user } = await openReport(board);
    await mapSection('Sample journey map');
    board.snapshot = snapshotOfMaps([{ frameId: 'f2', plan: secondPlan }]);
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await mapSection('Returns journey')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Sample journey map' })).toBeNull();
  });

  it('shows only the selected map when asked to', async () => {
    const board = boardWith(
      snapshotOfMaps([
        { frameId: 'f1', plan },
        { frameId: 'f2', plan: secondPlan, at: { x: 0, y: 5000 } },
      ]),
    );
    board.selection = ['f2'];
    const { user } = await openReport(board);
    await mapSection('Sample journey map');
    await user.click(screen.getByRole('checkbox', { name: 'Only the selected frame' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Sample journey map' })).toBeNull(),
    );
    expect(screen.getByRole('region', { name: 'Returns journey' })).toBeTruthy();
  });

  it('says when no map is selected and shows them all', async () => {
    const { user } = await openReport(boardWith(snapshotOfMaps([{ frameId: 'f1', plan }])));
    await user.click(screen.getByRole('checkbox', { name: 'Only the selected frame' }));
    expect(await screen.findByText('No journey map is selected — showing every map.')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Sample journey map' })).toBeTruthy();
  });

  it('stops listening to the board while another tab is shown', async () => {
    const board = boardWith(snapshotOfMaps([{ frameId: 'f1', plan }]));
    const { user } = await openReport(board);
    await mapSection('Sample journey map');
    expect(board.listenerCount).toBe(1);
    await user.click(screen.getByRole('tab', { name: 'Templates' }));
    expect(board.listenerCount).toBe(0);
  });
});
