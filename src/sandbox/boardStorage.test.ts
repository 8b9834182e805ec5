import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EmulatorState } from './SandboxEmulator.ts';
import { accepted, refused } from '../core/validation/Parsed.ts';
import { autosave, loadBoard, STORAGE_KEY, UNREADABLE_KEY } from './boardStorage.ts';

const state: EmulatorState = {
  version: 1,
  items: [],
  connectors: [],
  tags: [],
  appData: {},
  nextId: '1',
  viewport: { x: 0, y: 0, width: 100, height: 100 },
};

function memoryStorage(entries: Record<string, string> = {}) {
  const map = new Map(Object.entries(entries));
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
  };
}

const accept = () => accepted(state);
const refuse = () => refused('At items.0.type: unknown item type');

describe('loadBoard', () => {
  it('finds nothing on a first visit', () => {
    expect(loadBoard(memoryStorage(), accept)).toEqual({ ok: true, value: null, warnings: [] });
  });

  it('restores a saved board', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify(state) });
    expect(loadBoard(storage, accept)).toEqual({ ok: true, value: state, warnings: [] });
  });

  it('sets aside text that is not a board, with the reason', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"items": 3}' });
    const loaded = loadBoard(storage, refuse);
    expect(!loaded.ok && loaded.error.message).toBe('At items.0.type: unknown item type');
    expect(storage.map.get(UNREADABLE_KEY)).toBe('{"items": 3}');
  });

  it('sets aside text that is not JSON', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{oops' });
    const loaded = loadBoard(storage, accept);
    expect(!loaded.ok && loaded.error.reason).toBe('notJson');
    expect(storage.map.get(UNREADABLE_KEY)).toBe('{oops');
  });
});

describe('autosave', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup() {
    vi.useFakeTimers();
    const listeners: Array<() => void> = [];
    const storage = memoryStorage();
    const saver = autosave(
      (listener) => {
        listeners.push(listener);
        return () => listeners.splice(listeners.indexOf(listener), 1);
      },
      () => state,
      storage,
      () => {},
    );
    const change = () => listeners.forEach((listener) => listener());
    return { saver, storage, change, listeners };
  }

  it('saves 300 ms after the last change', () => {
    const { storage, change } = setup();
    change();
    vi.advanceTimersByTime(200);
    change();
    vi.advanceTimersByTime(299);
    expect(storage.map.has(STORAGE_KEY)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(storage.map.get(STORAGE_KEY)).toBe(JSON.stringify(state));
  });

  it('saves at once when flushed', () => {
    const { saver, storage, change } = setup();
    change();
    saver.flush();
    expect(storage.map.has(STORAGE_KEY)).toBe(true);
  });

  it('stops listening when stopped', () => {
    const { saver, listeners } = setup();
    saver.stop();
    expect(listeners).toEqual([]);
  });
});
