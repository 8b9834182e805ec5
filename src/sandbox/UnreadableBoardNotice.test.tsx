// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryBoardStore } from '../test/MemoryBoardStore.ts';
import type { EmulatorState } from './SandboxEmulator.ts';
import { UnreadableBoardNotice } from './UnreadableBoardNotice.tsx';

afterEach(cleanup);

const state: EmulatorState = {
  version: 1,
  items: [],
  connectors: [],
  tags: [],
  appData: {},
  nextId: '1',
  viewport: { x: 0, y: 0, width: 100, height: 100 },
};

// 2026-12-02T14:41:45.123Z
const NOW = 1796222505123;

function renderNotice(store: MemoryBoardStore) {
  const handlers = { onSetAside: vi.fn(), onError: vi.fn() };
  render(
    <UnreadableBoardNotice
      board={{ text: '{oops', reason: 'The saved board is not JSON' }}
      store={store}
      exportState={() => state}
      now={() => NOW}
      {...handlers}
    />,
  );
  return { ...handlers, user: userEvent.setup() };
}

describe('UnreadableBoardNotice', () => {
  it('says where the text is kept and that nothing is saved yet', () => {
    renderNotice(new MemoryBoardStore({ 'journey-mapper:sandbox-board': '{oops' }));
    expect(screen.getByRole('alert').querySelector('p')?.textContent).toBe(
      'The board saved in this browser could not be read (The saved board is not JSON). It is kept as it is in this browser\'s IndexedDB (database "journey-mapper-sandbox", store "texts"), and nothing on this new board is saved until you choose what to do with it.',
    );
  });

  it('sets the text aside under its own key, then saves the new board in its place', async () => {
    const store = new MemoryBoardStore({
      'journey-mapper:sandbox-board': '{oops',
      'journey-mapper:sandbox-board:unreadable:2026-11-30T09:00:00.000Z': 'an earlier copy',
    });
    const { onSetAside, user } = renderNotice(store);
    await user.click(screen.getByRole('button', { name: 'Set it aside and start a new board' }));
    await vi.waitFor(() => expect(onSetAside).toHaveBeenCalled());
    expect(Object.fromEntries(store.texts)).toEqual({
      'journey-mapper:sandbox-board': JSON.stringify(state),
      'journey-mapper:sandbox-board:unreadable:2026-11-30T09:00:00.000Z': 'an earlier copy',
      'journey-mapper:sandbox-board:unreadable:2026-12-02T14:41:45.123Z': '{oops',
    });
    expect(onSetAside.mock.calls).toEqual([
      [
        'The unreadable board is kept in this browser\'s IndexedDB (database "journey-mapper-sandbox", store "texts") under "journey-mapper:sandbox-board:unreadable:2026-12-02T14:41:45.123Z" (one of 2 copies set aside there). This board is saved from now on.',
      ],
    ]);
  });

  it('keeps the saved board and says so when it cannot be set aside', async () => {
    const store = new MemoryBoardStore({ 'journey-mapper:sandbox-board': '{oops' });
    store.failWith = new Error('QuotaExceededError');
    const { onSetAside, onError, user } = renderNotice(store);
    await user.click(screen.getByRole('button', { name: 'Set it aside and start a new board' }));
    await vi.waitFor(() => expect(onError).toHaveBeenCalled());
    expect(onError.mock.calls).toEqual([
      [
        'The saved board could not be set aside, so it is still saved and this board is not: QuotaExceededError',
      ],
    ]);
    expect([onSetAside.mock.calls.length, store.texts.get('journey-mapper:sandbox-board')]).toEqual(
      [0, '{oops'],
    );
  });
});
