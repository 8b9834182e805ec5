import type { BoardStore } from './BoardStore.ts';

/** The store where IndexedDB is missing; it holds a few megabytes at most. */
export function localStorageBoardStore(storage: Storage): BoardStore {
  return {
    kind: 'localStorage',
    get: (key) => Promise.resolve(storage.getItem(key) ?? undefined),
    set: (key, text) => {
      try {
        storage.setItem(key, text);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    keys: () =>
      Promise.resolve(
        Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
          (key) => key !== null,
        ),
      ),
  };
}
