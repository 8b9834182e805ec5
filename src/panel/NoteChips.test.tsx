// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { layoutMap } from '../core/layout/layoutMap.ts';
import { boardWith, type FakeBoard } from '../test/fakeBoard.ts';
import { renderPanel } from '../test/renderPanel.tsx';
import { sampleDraft, sampleTemplate } from '../test/sampleTemplate.ts';
import { SimulatedClock } from '../test/SimulatedClock.ts';
import { snapshotOfMaps } from '../test/snapshotOfMaps.ts';

afterEach(cleanup);

const plan = layoutMap(sampleTemplate, sampleDraft());
const secondPlan = layoutMap(sampleTemplate, sampleDraft({ title: 'Returns journey' }));

async function openChips(board: FakeBoard) {
  const rendered = renderPanel(board, new SimulatedClock());
  await rendered.user.click(screen.getByRole('tab', { name: 'Workshop' }));
  const chips = await screen.findByRole('region', { name: 'Notes to drag onto the board' });
  return { ...rendered, chips };
}

function chip(chips: HTMLElement, lane: string): HTMLElement {
  return within(chips).getByText(lane);
}

/** A drop as the board hands it out: where, and the dragged chip's data attributes. */
function dropChip(board: FakeBoard, element: HTMLElement, point: { x: number; y: number }) {
  const data = Object.fromEntries(
    Object.entries(element.dataset).filter((entry): entry is [string, string] => !!entry[1]),
  );
  act(() => board.drop({ point, data }));
}

describe('the Workshop tab’s note chips', () => {
  it('offers a draggable chip per lane of the map, in the lane’s colour', async () => {
    const { chips } = await openChips(boardWith(snapshotOfMaps([{ frameId: 'f1', plan }])));
    const items = within(chips).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Actions',
      'Touchpoints',
      'Emotions',
      'Pain points',
    ]);
    const pains = chip(chips, 'Pain points');
    expect(pains.classList.contains('miro-draggable')).toBe(true);
    expect(pains.dataset).toMatchObject({ mapId: 'f1', laneId: 'painPoints' });
    expect(pains.style.background).toBe('rgb(241, 108, 127)'); // red, #f16c7f
    expect(chip(chips, 'Touchpoints').style.background).toBe('rgb(103, 198, 192)'); // cyan
  });

  it('adds a note in the cell a chip is dropped on, and says which cell', async () => {
    const board = boardWith(snapshotOfMaps([{ frameId: 'f1', plan }]));
    const { chips } = await openChips(board);
    // purchase × pain points runs from (1800, 2380), 680 × 600; frame at (0, 0)
    dropChip(board, chip(chips, 'Pain points'), { x: 2100, y: 2600 });
    expect(
      await within(chips).findByText(
        'New note in Purchase × Pain points. Double-click it on the board to write it.',
      ),
    ).toBeTruthy();
    expect(board.addedNotes).toEqual([
      [
        {
          text: '',
          color: 'red',
          rect: { x: 2100 - 199 / 2, y: 2600 - 114, width: 199, height: 228 },
          frameId: 'f1',
        },
      ],
    ]);
  });

  it('says when a chip lands outside the cells', async () => {
    const board = boardWith(snapshotOfMaps([{ frameId: 'f1', plan }]));
    const { chips } = await openChips(board);
    dropChip(board, chip(chips, 'Actions'), { x: 200, y: 1000 });
    expect(
      await within(chips).findByText(
        'New note outside the cells: it counts once it is moved into a cell.',
      ),
    ).toBeTruthy();
    expect(board.addedNotes[0]?.[0]).toMatchObject({ color: 'light_yellow', frameId: 'f1' });
  });

  it('follows the map picked from the list', async () => {
    const board = boardWith(
      snapshotOfMaps([
        { frameId: 'f1', plan },
        { frameId: 'f2', plan: secondPlan, at: { x: 0, y: 5000 } },
      ]),
    );
    const { user } = await openChips(board);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Map' }), 'Returns journey');
    await screen.findByRole('region', { name: 'Returns journey: cells' });
    const second = chip(
      screen.getByRole('region', { name: 'Notes to drag onto the board' }),
      'Actions',
    );
    expect(second.dataset['mapId']).toBe('f2');
    // a chip of the map no longer shown, dragged before the switch
    act(() => board.drop({ point: { x: 600, y: 800 }, data: { mapId: 'f1', laneId: 'actions' } }));
    dropChip(board, second, { x: 600, y: 5800 });
    await screen.findByText(/^New note in Awareness × Actions/);
    expect(board.addedNotes.map((batch) => batch[0]?.frameId)).toEqual(['f2']);
  });

  it('says why when the board does not add the note', async () => {
    const board = boardWith(snapshotOfMaps([{ frameId: 'f1', plan }]));
    const { chips } = await openChips(board);
    board.failWith(new Error('the board went away'));
    dropChip(board, chip(chips, 'Emotions'), { x: 2100, y: 1800 });
    expect(
      await within(chips).findByText('The note was not added: the board went away'),
    ).toBeTruthy();
  });
});
