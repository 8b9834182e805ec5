import type { BoardStore } from './BoardStore.ts';
import { DATABASE_NAME, OBJECT_STORE } from './indexedDbBoardStore.ts';

/** Where a person finds the store's texts in the browser's developer tools. */
export function storeLocation(store: Pick<BoardStore, 'kind'>): string {
  return store.kind === 'indexedDB'
    ? `this browser's IndexedDB (database "${DATABASE_NAME}", store "${OBJECT_STORE}")`
    : `this browser's local storage`;
}
