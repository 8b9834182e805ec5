import type { BoardStore } from './BoardStore.ts';

export const DATABASE_NAME = 'journey-mapper-sandbox';
export const OBJECT_STORE = 'texts';

/** Opens the sandbox's database (one object store of texts by key); rejects where it cannot. */
export function openIndexedDbBoardStore(factory: IDBFactory): Promise<BoardStore> {
  return new Promise((resolve, reject) => {
    const opening = factory.open(DATABASE_NAME, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(OBJECT_STORE);
    opening.onerror = () => reject(failure(opening.error, 'IndexedDB could not be opened'));
    opening.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    opening.onsuccess = () => resolve(storeOf(opening.result));
  });
}

function storeOf(database: IDBDatabase): BoardStore {
  // Another tab deleting or upgrading the database waits for this page to let go.
  database.onversionchange = () => database.close();
  const request = <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(OBJECT_STORE, mode);
      const pending = act(transaction.objectStore(OBJECT_STORE));
      // A write counts once its transaction has committed, not when the request succeeds.
      transaction.oncomplete = () => resolve(pending.result);
      transaction.onerror = () =>
        reject(failure(transaction.error, 'IndexedDB refused the request'));
      transaction.onabort = () =>
        reject(failure(transaction.error, 'IndexedDB aborted the request'));
    });
  return {
    kind: 'indexedDB',
    get: async (key) => {
      const value: unknown = await request('readonly', (store) => store.get(key));
      return typeof value === 'string' ? value : undefined;
    },
    set: async (key, text) => {
      await request('readwrite', (store) => store.put(text, key));
    },
    keys: async () => {
      const keys = await request('readonly', (store) => store.getAllKeys());
      return keys.filter((key) => typeof key === 'string');
    },
  };
}

function failure(error: DOMException | null, fallback: string): Error {
  return error ?? new Error(fallback);
}
