/** Where the sandbox keeps texts in this browser: the board and the copies set aside. */
export interface BoardStore {
  /** `indexedDB`, or `localStorage` where IndexedDB cannot be opened. */
  readonly kind: 'indexedDB' | 'localStorage';
  get(key: string): Promise<string | undefined>;
  set(key: string, text: string): Promise<void>;
  keys(): Promise<string[]>;
}
