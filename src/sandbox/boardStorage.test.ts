import { describe, expect, it } from 'vitest';
import { openEmulator, type EmulatorState } from './SandboxEmulator.ts';
import { accepted, refused } from '../core/validation/Parsed.ts';
import { MemoryBoardStore } from '../test/MemoryBoardStore.ts';
import { SimulatedClock } from '../test/SimulatedClock.ts';
import {
  autosave,
  loadBoard,
  setAside,
  setAsideKeys,
  STORAGE_KEY,
  type SaveScheduler,
} from './boardStorage.ts';

const state: EmulatorState = {
  version: 1,
  items: [],
  connectors: [],
  tags: [],
  appData: {},
  nextId: '1',
  viewport: { x: 0, y: 0, width: 100, height: 100 },
};

const accept = () => accepted(state);
const refuse = () => refused('At items.0.type: unknown item type');

// 2026-12-02T14:41:45.123Z
const NOW = 1796222505123;

describe('loadBoard', () => {
  it('finds nothing on a first visit', async () => {
    expect(await loadBoard(new MemoryBoardStore(), accept)).toEqual({
      ok: true,
      value: null,
      warnings: [],
    });
  });

  it('restores a saved board', async () => {
    const store = new MemoryBoardStore({ [STORAGE_KEY]: JSON.stringify(state) });
    expect(await loadBoard(store, accept)).toEqual({ ok: true, value: state, warnings: [] });
  });

  it('gives back text that is not a board, with the reason, and leaves it where it is', async () => {
    const store = new MemoryBoardStore({ [STORAGE_KEY]: '{"items": 3}' });
    const loaded = await loadBoard(store, refuse);
    expect(!loaded.ok && [loaded.error.message, loaded.text]).toEqual([
      'At items.0.type: unknown item type',
      '{"items": 3}',
    ]);
    expect([...store.texts]).toEqual([[STORAGE_KEY, '{"items": 3}']]);
  });

  it('gives back text that is not JSON', async () => {
    const loaded = await loadBoard(new MemoryBoardStore({ [STORAGE_KEY]: '{oops' }), accept);
    expect(!loaded.ok && [loaded.error.reason, loaded.text]).toEqual(['notJson', '{oops']);
  });
});

describe('setAside', () => {
  it('keeps the text under a key named after the time', async () => {
    const store = new MemoryBoardStore();
    expect(await setAside(store, '{oops', NOW)).toBe(
      'journey-mapper:sandbox-board:unreadable:2026-12-02T14:41:45.123Z',
    );
    expect(
      store.texts.get('journey-mapper:sandbox-board:unreadable:2026-12-02T14:41:45.123Z'),
    ).toBe('{oops');
  });

  it('keeps every copy, even two set aside in the same millisecond', async () => {
    const store = new MemoryBoardStore({
      'journey-mapper:sandbox-board:unreadable': 'from an earlier version',
    });
    await setAside(store, 'first', NOW);
    await setAside(store, 'second', NOW);
    await setAside(store, 'third', NOW + 60_000);
    expect(Object.fromEntries(store.texts)).toEqual({
      'journey-mapper:sandbox-board:unreadable': 'from an earlier version',
      'journey-mapper:sandbox-board:unreadable:2026-12-02T14:41:45.123Z': 'first',
      'journey-mapper:sandbox-board:unreadable:2026-12-02T14:41:45.123Z-2': 'second',
      'journey-mapper:sandbox-board:unreadable:2026-12-02T14:42:45.123Z': 'third',
    });
    expect(await setAsideKeys(store)).toEqual([
      'journey-mapper:sandbox-board:unreadable',
      'journey-mapper:sandbox-board:unreadable:2026-12-02T14:41:45.123Z',
      'journey-mapper:sandbox-board:unreadable:2026-12-02T14:41:45.123Z-2',
      'journey-mapper:sandbox-board:unreadable:2026-12-02T14:42:45.123Z',
    ]);
  });
});

/** Time from a simulated clock; idle callbacks run only when the test says the page is idle. */
function testScheduler(clock: SimulatedClock) {
  let idle: Array<() => void> = [];
  const scheduler: SaveScheduler = {
    after: clock.after,
    whenIdle: (callback) => {
      idle.push(callback);
      return () => {
        idle = idle.filter((pending) => pending !== callback);
      };
    },
  };
  const becomeIdle = () => {
    const due = idle;
    idle = [];
    due.forEach((callback) => callback());
  };
  return { scheduler, becomeIdle, idleWaiting: () => idle.length };
}

describe('autosave', () => {
  function setup() {
    const clock = new SimulatedClock();
    const { scheduler, becomeIdle, idleWaiting } = testScheduler(clock);
    const emulator = openEmulator();
    const store = new MemoryBoardStore();
    const errors: string[] = [];
    const saver = autosave({
      subscribe: (listener) => emulator.subscribe(listener),
      exportState: () => emulator.exportState(),
      store,
      scheduler,
      onError: (message) => errors.push(message),
    });
    const saved = () => {
      const text = store.texts.get(STORAGE_KEY);
      return text === undefined ? undefined : (JSON.parse(text) as EmulatorState);
    };
    return { clock, becomeIdle, idleWaiting, emulator, store, errors, saver, saved };
  }

  it('saves when the page is idle 300 ms after the last change', () => {
    const { clock, becomeIdle, emulator, saved } = setup();
    emulator.user.addStickyNote({ x: 0, y: 0, content: 'First' });
    clock.advance(200);
    emulator.user.addStickyNote({ x: 0, y: 300, content: 'Second' });
    clock.advance(299);
    becomeIdle();
    expect(saved()).toBeUndefined();
    clock.advance(1);
    expect(saved()).toBeUndefined();
    becomeIdle();
    expect(saved()?.items.map((item) => item.type === 'sticky_note' && item.content)).toEqual([
      'First',
      'Second',
    ]);
  });

  it('does not save when the view moves or the selection changes', async () => {
    const { clock, idleWaiting, emulator, store, saver } = setup();
    const id = emulator.user.addStickyNote({ x: 0, y: 0 });
    await saver.flush();
    store.texts.clear();
    emulator.user.setViewport({ x: 500, y: 500, width: 800, height: 600 });
    emulator.user.select([id]);
    emulator.user.select([]);
    clock.advance(1000);
    expect([idleWaiting(), store.texts.size]).toEqual([0, 0]);
  });

  it('saves after an edit, a colour, a move, app data and a reset', async () => {
    const { clock, becomeIdle, emulator, store, saver } = setup();
    const id = emulator.user.addStickyNote({ x: 0, y: 0, content: 'Note' });
    await saver.flush();
    const changes: Array<() => unknown> = [
      () => emulator.user.editContent(id, 'Edited'),
      () => emulator.user.setColor([id], 'red'),
      () => emulator.user.moveItems([id], 10, 0),
      () => emulator.board.setAppData('journey-mapper', { maps: 1 }),
      () => emulator.clear(),
    ];
    const saves: boolean[] = [];
    for (const change of changes) {
      store.texts.delete(STORAGE_KEY);
      await change();
      clock.advance(300);
      becomeIdle();
      saves.push(store.texts.has(STORAGE_KEY));
    }
    expect(saves).toEqual([true, true, true, true, true]);
  });

  it('saves at once when flushed, and only when a save is due', async () => {
    const { emulator, store, saver, saved } = setup();
    await saver.flush();
    expect(store.texts.size).toBe(0);
    emulator.user.addStickyNote({ x: 0, y: 0, content: 'Before the tab closes' });
    await saver.flush();
    expect(saved()?.items.length).toBe(1);
  });

  it('says why a save failed', async () => {
    const { emulator, store, saver, errors } = setup();
    store.failWith = new Error('QuotaExceededError');
    emulator.user.addStickyNote({ x: 0, y: 0 });
    await saver.flush();
    expect(errors).toEqual(['The board could not be saved in this browser: QuotaExceededError']);
  });

  it('stops listening when stopped', () => {
    const { clock, idleWaiting, emulator, saver } = setup();
    emulator.user.addStickyNote({ x: 0, y: 0 });
    saver.stop();
    emulator.user.addStickyNote({ x: 0, y: 300 });
    clock.advance(1000);
    expect(idleWaiting()).toBe(0);
  });
});
