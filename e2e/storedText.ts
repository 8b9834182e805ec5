import type { Page } from 'playwright-core';
import { DATABASE_NAME, OBJECT_STORE } from '../src/sandbox/indexedDbBoardStore.ts';

/** The text the sandbox keeps under `key` in IndexedDB, null when there is none. */
export function storedText(page: Page, key: string): Promise<string | null> {
  return page.evaluate(
    ([name, storeName, wanted]) =>
      new Promise<string | null>((resolve, reject) => {
        const opening = indexedDB.open(name);
        // The sandbox has not made its database yet: leave that to it.
        opening.onupgradeneeded = () => opening.transaction?.abort();
        opening.onerror = () => resolve(null);
        opening.onsuccess = () => {
          const database = opening.result;
          const request = database.transaction(storeName).objectStore(storeName).get(wanted);
          request.onsuccess = () => {
            database.close();
            resolve(typeof request.result === 'string' ? request.result : null);
          };
          request.onerror = () => reject(request.error ?? new Error('get failed'));
        };
      }),
    [DATABASE_NAME, OBJECT_STORE, key] as const,
  );
}

/** Puts `text` under `key` in the sandbox's database, which the page must have opened once. */
export function storeText(page: Page, key: string, text: string): Promise<void> {
  return page.evaluate(
    ([name, storeName, wanted, value]) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open(name);
        opening.onerror = () => reject(opening.error ?? new Error('open failed'));
        opening.onsuccess = () => {
          const database = opening.result;
          const transaction = database.transaction(storeName, 'readwrite');
          transaction.objectStore(storeName).put(value, wanted);
          transaction.oncomplete = () => {
            database.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error ?? new Error('put failed'));
        };
      }),
    [DATABASE_NAME, OBJECT_STORE, key, text] as const,
  );
}

/** Waits, frame by frame, until the text under `key` passes `test`; returns it. */
export async function untilStored(
  page: Page,
  key: string,
  test: (text: string | null) => boolean,
): Promise<string | null> {
  for (;;) {
    const text = await storedText(page, key);
    if (test(text)) return text;
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
}
