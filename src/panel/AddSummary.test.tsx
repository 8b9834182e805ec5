// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MiroEmulator } from '../board/emulator/MiroEmulator.ts';
import { MiroBoard } from '../board/miro/MiroBoard.ts';
import { BoardError } from '../board/port.ts';
import { boardRect } from '../core/geometry/Rect.ts';
import { layoutMap } from '../core/layout/layoutMap.ts';
import type { SnapshotItem } from '../core/snapshot/BoardSnapshot.ts';
import { boardWith } from '../test/fakeBoard.ts';
import { sampleDraft, sampleTemplate } from '../test/sampleTemplate.ts';
import { snapshotOfMaps } from '../test/snapshotOfMaps.ts';
import { App } from './App.tsx';

afterEach(cleanup);

const plan = layoutMap(sampleTemplate, sampleDraft());

async function openReportOnEmulator() {
  const emulator = new MiroEmulator();
  const { frameId } = await new MiroBoard(emulator).apply(plan);
  const user = userEvent.setup();
  render(<App board={new MiroBoard(emulator, { retry: { delays: [], sleep: async () => {} } })} />);
  await user.click(screen.getByRole('tab', { name: 'Report' }));
  const section = await screen.findByRole('region', { name: 'Sample journey map' });
  const addButton = () => within(section).getByRole('button', { name: 'Add summary to board' });
  const summaryFrames = () =>
    emulator
      .items()
      .flatMap((item) => (item.type === 'frame' && item.id !== frameId ? [item.id] : []));
  return { emulator, user, section, addButton, summaryFrames };
}

describe('Add summary to board, a second time', () => {
  it('asks before replacing the map’s earlier summary, and keeps it when told to', async () => {
    const { user, section, addButton, summaryFrames } = await openReportOnEmulator();
    await user.click(addButton());
    await within(section).findByText('Added the summary beside the map.');
    const first = summaryFrames();
    await user.click(addButton());
    const question = await within(section).findByRole('alertdialog', {
      name: 'Replace the summary?',
    });
    expect(question.textContent).toContain(
      'This map has a summary on the board already. Replace it with a new one?',
    );
    await user.click(within(question).getByRole('button', { name: 'Keep it' }));
    expect(within(section).queryByRole('alertdialog')).toBeNull();
    expect(summaryFrames()).toEqual(first);
  });

  it('replaces the earlier summary once the person confirms', async () => {
    const { user, section, addButton, summaryFrames } = await openReportOnEmulator();
    await user.click(addButton());
    await within(section).findByText('Added the summary beside the map.');
    const [first] = summaryFrames();
    await user.click(addButton());
    const question = await within(section).findByRole('alertdialog');
    expect(summaryFrames()).toEqual([first]);
    await user.click(within(question).getByRole('button', { name: 'Replace' }));
    await within(section).findByText('Replaced the earlier summary beside the map.');
    const frames = summaryFrames();
    expect(frames).toHaveLength(1);
    expect(frames).not.toContain(first);
  });
});

describe('replacing a summary that cannot be removed', () => {
  it('says why and draws no second summary', async () => {
    const snapshot = snapshotOfMaps([{ frameId: 'f1', plan, notes: [] }]);
    const rect = boardRect({ x: 20_000, y: 0, width: 100, height: 100 });
    const summaryFrame: SnapshotItem = {
      ...(snapshot.items[0] as SnapshotItem),
      id: 'old-summary',
      kind: 'frame',
      text: 'Summary — Sample journey map',
      rect,
      parentId: null,
      frameId: null,
      record: null,
    };
    const summaryTitle: SnapshotItem = {
      ...summaryFrame,
      id: 'old-title',
      kind: 'text',
      parentId: 'old-summary',
      frameId: 'old-summary',
      record: { v: 2, role: 'summary', map: 'old-title', of: 'f1' },
    };
    const board = boardWith({ items: [...snapshot.items, summaryFrame, summaryTitle] });
    const user = userEvent.setup();
    render(<App board={board} />);
    await user.click(screen.getByRole('tab', { name: 'Report' }));
    const section = await screen.findByRole('region', { name: 'Sample journey map' });
    await user.click(within(section).getByRole('button', { name: 'Add summary to board' }));
    board.failWith(new BoardError('failed', 'The earlier summary could not be removed (Offline).'));
    await user.click(await within(section).findByRole('button', { name: 'Replace' }));
    expect((await within(section).findByRole('alert')).textContent).toBe(
      'The earlier summary could not be removed (Offline).',
    );
    expect(board.summaries).toEqual([]);
  });
});
