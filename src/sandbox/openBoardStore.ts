import type { BoardStore } from './BoardStore.ts';
import { setAside, STORAGE_KEY } from './boardStorage.ts';
import { localStorageBoardStore } from './localStorageBoardStore.ts';

/**
 * IndexedDB, into which the board and the copies an earlier version kept in local storage are
 * moved once; local storage where IndexedDB cannot be opened or that move fails. A text already
 * in IndexedDB under the same key is kept, and a different one from local storage set aside.
 */
export async function openBoardStore(
  openIndexedDb: () => Promise<BoardStore>,
  localStorage: Storage,
  now: number,
): Promise<BoardStore> {
  const fallback = localStorageBoardStore(localStorage);
  let store: BoardStore;
  try {
    store = await openIndexedDb();
  } catch {
    return fallback;
  }
  const legacy = (await fallback.keys()).filter((key) => key.startsWith(STORAGE_KEY));
  try {
    for (const key of legacy) {
      const text = localStorage.getItem(key);
      if (text === null) continue;
      const existing = await store.get(key);
      if (existing === undefined) await store.set(key, text);
      else if (existing !== text) await setAside(store, text, now);
    }
  } catch {
    return fallback;
  }
  // Only once every text is in IndexedDB, so that the fallback above still holds them all.
  for (const key of legacy) localStorage.removeItem(key);
  return store;
}
