// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { layoutMap } from '../core/layout/layoutMap.ts';
import { boardWith, type FakeBoard } from '../test/fakeBoard.ts';
import { renderPanel } from '../test/renderPanel.tsx';
import { sampleDraft, sampleTemplate } from '../test/sampleTemplate.ts';
import { SimulatedClock } from '../test/SimulatedClock.ts';
import { rawItem, snapshotOfMaps } from '../test/snapshotOfMaps.ts';

afterEach(cleanup);

const plan = layoutMap(sampleTemplate, sampleDraft());
const FULL = [1, 2, 3, 4, 5, 6].map((n) => ({
  stageId: 'use',
  laneId: 'actions',
  text: `Step ${n}`,
}));
/** Inside frame f1, left of the grid's first column (x 440), below the header. */
const stray = rawItem(
  'stray',
  'sticky',
  { x: 100, y: 2600, width: 199, height: 228 },
  { text: 'Stray', parentId: 'f1' },
);
/** Centre (600, 850) in Awareness × Actions (520, 740), hanging over its left border. */
const hanging = rawItem(
  'hanging',
  'sticky',
  { x: 500.5, y: 736, width: 199, height: 228 },
  {
    text: 'Hangs over',
    parentId: 'f1',
  },
);

async function openWorkshop(board: FakeBoard) {
  const rendered = renderPanel(board, new SimulatedClock());
  await rendered.user.click(screen.getByRole('tab', { name: 'Workshop' }));
  await screen.findByRole('region', { name: 'Sample journey map: cells' });
  return rendered;
}

describe('adding notes to a cell from the Workshop tab', () => {
  it('adds one note per line to the cell clicked in the grid', async () => {
    const board = boardWith(snapshotOfMaps([{ frameId: 'f1', plan }]));
    const { user } = await openWorkshop(board);
    await user.click(
      screen.getByRole('button', { name: 'Purchase × Pain points: empty — zoom to it' }),
    );
    const section = screen.getByRole('region', { name: 'Add to a cell' });
    await user.type(
      within(section).getByLabelText('Notes, one per line'),
      'Fees shown late{Enter}Slow',
    );
    await user.click(within(section).getByRole('button', { name: 'Add notes' }));
    expect(await within(section).findByText('Added 2 notes.')).toBeTruthy();
    expect(board.addedNotes[0]?.map((note) => [note.text, note.color])).toEqual([
      ['Fees shown late', 'red'],
      ['Slow', 'red'],
    ]);
  });

  it('offers a score in the emotions lane and writes it into the note', async () => {
    const board = boardWith(snapshotOfMaps([{ frameId: 'f1', plan }]));
    const { user } = await openWorkshop(board);
    const section = screen.getByRole('region', { name: 'Add to a cell' });
    expect(within(section).queryByRole('group', { name: 'Score' })).toBeNull();
    await user.selectOptions(within(section).getByLabelText('Lane'), 'Emotions');
    await user.click(within(section).getByRole('radio', { name: '+2' }));
    await user.type(within(section).getByLabelText('Notes, one per line'), 'Delighted');
    await user.click(within(section).getByRole('button', { name: 'Add notes' }));
    await within(section).findByText('Added 1 note.');
    expect(board.addedNotes[0]?.[0]?.text).toBe('+2 Delighted');
  });

  it('says when the cell is crowded', async () => {
    const board = boardWith(snapshotOfMaps([{ frameId: 'f1', plan, notes: FULL }]));
    const { user } = await openWorkshop(board);
    await user.click(screen.getByRole('button', { name: 'Use × Actions: 6 notes — zoom to it' }));
    const section = screen.getByRole('region', { name: 'Add to a cell' });
    await user.type(within(section).getByLabelText('Notes, one per line'), 'One more');
    await user.click(within(section).getByRole('button', { name: 'Add notes' }));
    expect(
      await within(section).findByText(
        'Added 1 note. The cell is crowded: 1 note overlaps others.',
      ),
    ).toBeTruthy();
  });

  it('chooses the cell of the note selected on the board', async () => {
    const board = boardWith(
      snapshotOfMaps([
        { frameId: 'f1', plan, notes: [{ stageId: 'use', laneId: 'touchpoints', text: 'App' }] },
      ]),
    );
    const { user } = await openWorkshop(board);
    board.noteSelection = ['f1-note-0'];
    const section = screen.getByRole('region', { name: 'Add to a cell' });
    await user.click(within(section).getByRole('button', { name: 'Cell of the selected note' }));
    await within(section).findByDisplayValue('Touchpoints');
    expect((within(section).getByLabelText('Stage') as HTMLSelectElement).value).toBe('use');
  });

  it('says when no note of the map is selected', async () => {
    const { user } = await openWorkshop(boardWith(snapshotOfMaps([{ frameId: 'f1', plan }])));
    const section = screen.getByRole('region', { name: 'Add to a cell' });
    await user.click(within(section).getByRole('button', { name: 'Cell of the selected note' }));
    expect(
      await within(section).findByText('Select a note in a cell of this map first.'),
    ).toBeTruthy();
  });

  it('shows why the notes could not be added', async () => {
    const board = boardWith(snapshotOfMaps([{ frameId: 'f1', plan }]));
    const { user } = await openWorkshop(board);
    board.failWith(new Error('The board is read-only.'));
    const section = screen.getByRole('region', { name: 'Add to a cell' });
    await user.type(within(section).getByLabelText('Notes, one per line'), 'x');
    await user.click(within(section).getByRole('button', { name: 'Add notes' }));
    expect(
      await within(section).findByText('The notes could not be added: The board is read-only.'),
    ).toBeTruthy();
  });
});

describe('putting an unplaced note in a cell', () => {
  it('moves the note to the stage and lane chosen', async () => {
    const board = boardWith(snapshotOfMaps([{ frameId: 'f1', plan }], [stray]));
    const { user } = await openWorkshop(board);
    await user.click(screen.getByRole('button', { name: 'Put “Stray” in a cell' }));
    const group = screen.getByRole('group', { name: 'Put “Stray” in a cell' });
    await user.selectOptions(within(group).getByLabelText('Stage'), 'Consideration');
    await user.click(within(group).getByRole('button', { name: 'Move there' }));
    await screen.findByRole('button', { name: 'Put “Stray” in a cell' });
    expect(board.moves.map((batch) => batch.map((move) => move.id))).toEqual([['stray']]);
  });
});

describe('tidying from the Workshop tab', () => {
  it('shows what it will move, by cell, and moves it only when asked', async () => {
    const board = boardWith(snapshotOfMaps([{ frameId: 'f1', plan }], [hanging]));
    const { user } = await openWorkshop(board);
    const section = screen.getByRole('region', { name: 'Tidy' });
    await user.click(within(section).getByRole('button', { name: 'Tidy the map' }));
    expect(await within(section).findByText('1 note will move.')).toBeTruthy();
    expect(within(section).getByRole('listitem').textContent).toBe(
      'Awareness × Actions: Hangs over',
    );
    expect(board.moves).toEqual([]);
    await user.click(within(section).getByRole('button', { name: 'Move them' }));
    expect(await within(section).findByText('Moved 1 note.')).toBeTruthy();
    expect(board.moves).toEqual([
      [{ id: 'hanging', to: { x: 540, y: 760, width: 199, height: 228 } }],
    ]);
  });

  it('tidies only the cell chosen in the grid', async () => {
    const board = boardWith(snapshotOfMaps([{ frameId: 'f1', plan }], [hanging]));
    const { user } = await openWorkshop(board);
    await user.click(screen.getByRole('button', { name: 'Use × Actions: empty — zoom to it' }));
    const section = screen.getByRole('region', { name: 'Tidy' });
    await user.click(within(section).getByRole('button', { name: 'Tidy Use × Actions' }));
    expect(
      await within(section).findByText('Nothing to tidy: every note is in place.'),
    ).toBeTruthy();
  });
});
