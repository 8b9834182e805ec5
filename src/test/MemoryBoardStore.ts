import type { BoardStore } from '../sandbox/BoardStore.ts';

/** A `BoardStore` in a map, for tests; `failWith` makes every later write fail. */
export class MemoryBoardStore implements BoardStore {
  readonly kind = 'indexedDB';
  readonly texts: Map<string, string>;
  failWith: Error | undefined;

  constructor(entries: Record<string, string> = {}) {
    this.texts = new Map(Object.entries(entries));
  }

  get(key: string): Promise<string | undefined> {
    return Promise.resolve(this.texts.get(key));
  }

  set(key: string, text: string): Promise<void> {
    if (this.failWith) return Promise.reject(this.failWith);
    this.texts.set(key, text);
    return Promise.resolve();
  }

  keys(): Promise<string[]> {
    return Promise.resolve([...this.texts.keys()]);
  }
}
