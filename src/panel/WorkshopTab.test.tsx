// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { layoutMap } from '../core/layout/layoutMap.ts';
import { boardWith, FakeBoard } from '../test/fakeBoard.ts';
import { renderPanel } from '../test/renderPanel.tsx';
import { sampleDraft, sampleTemplate } from '../test/sampleTemplate.ts';
import { SimulatedClock } from '../test/SimulatedClock.ts';
import { rawItem, snapshotOfMaps, type CellNote } from '../test/snapshotOfMaps.ts';

afterEach(cleanup);

const plan = layoutMap(sampleTemplate, sampleDraft());
const secondPlan = layoutMap(sampleTemplate, sampleDraft({ title: 'Returns journey' }));

const NOTES: CellNote[] = [
  { stageId: 'purchase', laneId: 'painPoints', text: 'Fees shown late' },
  { stageId: 'purchase', laneId: 'painPoints', text: 'Slow checkout' },
  { stageId: 'purchase', laneId: 'painPoints', text: 'No PayPal' },
  { stageId: 'purchase', laneId: 'emotions', text: '+2 got it' },
  { stageId: 'awareness', laneId: 'actions', text: 'Sees an ad' },
];

/** Inside frame f1 at (0, 0), left of the grid's first column (x 440), below the header. */
const STRAY_RECT = { x: 100, y: 2600, width: 199, height: 228 };

const twoMaps = () =>
  snapshotOfMaps([
    { frameId: 'f1', plan, notes: NOTES },
    { frameId: 'f2', plan: secondPlan, at: { x: 0, y: 5000 } },
  ]);

async function openWorkshop(board: FakeBoard, clock = new SimulatedClock()) {
  const rendered = renderPanel(board, clock);
  await rendered.user.click(screen.getByRole('tab', { name: 'Workshop' }));
  return rendered;
}

async function cells(title: string): Promise<HTMLElement> {
  return screen.findByRole('region', { name: `${title}: cells` });
}

/** The grid's rows as text: the stage names, then each lane with its counts. */
function rows(grid: HTMLElement): string[][] {
  return within(grid)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('the Workshop tab', () => {
  it('shows the map’s cells with their note counts', async () => {
    await openWorkshop(boardWith(snapshotOfMaps([{ frameId: 'f1', plan, notes: NOTES }])));
    expect(rows(await cells('Sample journey map'))).toEqual([
      ['', 'Awareness', 'Consideration', 'Purchase', 'Use', 'Loyalty'],
      ['Actions', '1', '0', '0', '0', '0'],
      ['Touchpoints', '0', '0', '0', '0', '0'],
      ['Emotions', '0', '0', '1', '0', '0'],
      ['Pain points', '0', '0', '3', '0', '0'],
    ]);
  });

  it('marks the empty cells and says how many there are', async () => {
    await openWorkshop(boardWith(snapshotOfMaps([{ frameId: 'f1', plan, notes: NOTES }])));
    const grid = await cells('Sample journey map');
    // 5 stages × 4 lanes, 3 cells with notes
    expect(screen.getByText('17 of 20 cells are empty.')).toBeTruthy();
    const empty = within(grid).getByRole('button', {
      name: 'Use × Touchpoints: empty — zoom to it',
    });
    expect(empty.classList.contains('jm-ws-cell-empty')).toBe(true);
    const full = within(grid).getByRole('button', {
      name: 'Purchase × Pain points: 3 notes — zoom to it',
    });
    expect(full.classList.contains('jm-ws-cell-empty')).toBe(false);
  });

  it('zooms the board to a cell when it is clicked', async () => {
    const board = boardWith(snapshotOfMaps([{ frameId: 'f1', plan, notes: NOTES }]));
    const { user } = await openWorkshop(board);
    const grid = await cells('Sample journey map');
    await user.click(
      within(grid).getByRole('button', { name: 'Purchase × Pain points: 3 notes — zoom to it' }),
    );
    // purchase is column [1800, 680]; pain points, the last lane, [2380, 520]: the grid ends
    // where its labels end (R12); frame at (0, 0)
    expect(board.zooms).toEqual([{ x: 1880, y: 2430, width: 680, height: 520 }]);
  });

  it('opens on the map selected on the board', async () => {
    const board = boardWith(twoMaps());
    board.selection = ['f2'];
    await openWorkshop(board);
    expect(await cells('Returns journey')).toBeTruthy();
    const choice = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Map' });
    expect([...choice.options].map((option) => option.textContent)).toEqual([
      'Sample journey map',
      'Returns journey (selected)',
    ]);
  });

  it('opens on the first map when none is selected, and shows the map picked from the list', async () => {
    const { user } = await openWorkshop(boardWith(twoMaps()));
    expect(await cells('Sample journey map')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Map' }), 'Returns journey');
    expect(await cells('Returns journey')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Sample journey map: cells' })).toBeNull();
    expect(screen.getByText('20 of 20 cells are empty.')).toBeTruthy();
  });

  it('keeps the map picked when the board changes', async () => {
    const board = boardWith(twoMaps());
    const clock = new SimulatedClock();
    const { user } = await openWorkshop(board, clock);
    await cells('Sample journey map');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Map' }), 'Returns journey');
    board.selection = ['f1'];
    board.changeItems();
    act(() => clock.advance(300)); // REFRESH_DELAY_MS
    expect(
      await screen.findByRole('option', { name: 'Sample journey map (selected)' }),
    ).toBeTruthy();
    expect(board.reads).toBe(2);
    expect(await cells('Returns journey')).toBeTruthy();
  });

  it('counts again once the board has changed', async () => {
    const board = boardWith(snapshotOfMaps([{ frameId: 'f1', plan }]));
    const clock = new SimulatedClock();
    await openWorkshop(board, clock);
    await cells('Sample journey map');
    board.changeItems(snapshotOfMaps([{ frameId: 'f1', plan, notes: NOTES.slice(0, 1) }]));
    act(() => clock.advance(300)); // REFRESH_DELAY_MS
    expect(
      await screen.findByRole('button', { name: 'Purchase × Pain points: 1 note — zoom to it' }),
    ).toBeTruthy();
    expect(screen.getByText('19 of 20 cells are empty.')).toBeTruthy();
  });

  it('lists the notes outside the cells with why, and zooms to one', async () => {
    const stray = rawItem('stray', 'sticky', STRAY_RECT, { text: 'Stray', parentId: 'f1' });
    const board = boardWith(snapshotOfMaps([{ frameId: 'f1', plan }], [stray]));
    const { user } = await openWorkshop(board);
    const list = await screen.findByRole('region', { name: 'Notes outside the cells (1)' });
    const [item] = within(list).getAllByRole('listitem');
    expect(item?.textContent).toMatch(/^Stray.+Zoom toPut in cell$/);
    await user.click(within(list).getByRole('button', { name: 'Zoom to “Stray”' }));
    expect(board.zooms).toEqual([{ x: 100, y: 2600, width: 199, height: 228 }]);
  });

  it('says when every note is in a cell', async () => {
    await openWorkshop(boardWith(snapshotOfMaps([{ frameId: 'f1', plan, notes: NOTES }])));
    await cells('Sample journey map');
    expect(screen.getByText('Every note is in a cell.')).toBeTruthy();
  });

  it('says when the board holds no journey map, and still offers the timer', async () => {
    await openWorkshop(new FakeBoard());
    expect(await screen.findByText(/^No journey maps on this board yet/)).toBeTruthy();
    expect(screen.getByRole('timer', { name: 'Time left' }).textContent).toBe('5:00');
  });
});
