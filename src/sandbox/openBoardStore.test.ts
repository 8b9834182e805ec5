import { describe, expect, it } from 'vitest';
import { MemoryBoardStore } from '../test/MemoryBoardStore.ts';
import { memoryStorage } from '../test/memoryStorage.ts';
import { openBoardStore } from './openBoardStore.ts';

// 2026-12-02T14:41:45.123Z
const NOW = 1796222505123;

describe('openBoardStore', () => {
  it('moves the board and the copies set aside from local storage into IndexedDB', async () => {
    const database = new MemoryBoardStore();
    const local = memoryStorage({
      'journey-mapper:sandbox-board': '{"version":1}',
      'journey-mapper:sandbox-board:unreadable': '{oops',
      'another-app': 'theirs',
    });
    const store = await openBoardStore(() => Promise.resolve(database), local, NOW);
    expect(store).toBe(database);
    expect(Object.fromEntries(database.texts)).toEqual({
      'journey-mapper:sandbox-board': '{"version":1}',
      'journey-mapper:sandbox-board:unreadable': '{oops',
    });
    expect([local.length, local.getItem('another-app')]).toEqual([1, 'theirs']);
  });

  it('keeps the board already in IndexedDB and sets aside a different one from local storage', async () => {
    const database = new MemoryBoardStore({ 'journey-mapper:sandbox-board': 'newer' });
    const local = memoryStorage({ 'journey-mapper:sandbox-board': 'older' });
    await openBoardStore(() => Promise.resolve(database), local, NOW);
    expect(Object.fromEntries(database.texts)).toEqual({
      'journey-mapper:sandbox-board': 'newer',
      'journey-mapper:sandbox-board:unreadable:2026-12-02T14:41:45.123Z': 'older',
    });
  });

  it('uses local storage where IndexedDB cannot be opened', async () => {
    const local = memoryStorage({ 'journey-mapper:sandbox-board': '{"version":1}' });
    const store = await openBoardStore(
      () => Promise.reject(new Error('IndexedDB is blocked by another tab')),
      local,
      NOW,
    );
    expect([store.kind, await store.get('journey-mapper:sandbox-board')]).toEqual([
      'localStorage',
      '{"version":1}',
    ]);
  });

  it('leaves local storage as it was and uses it when the move fails', async () => {
    const database = new MemoryBoardStore();
    database.failWith = new Error('QuotaExceededError');
    const local = memoryStorage({ 'journey-mapper:sandbox-board': '{"version":1}' });
    const store = await openBoardStore(() => Promise.resolve(database), local, NOW);
    expect([store.kind, local.getItem('journey-mapper:sandbox-board')]).toEqual([
      'localStorage',
      '{"version":1}',
    ]);
  });
});
