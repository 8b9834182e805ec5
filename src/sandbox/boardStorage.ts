import type { BoardChange, EmulatorState } from './SandboxEmulator.ts';
import type { BoardStore } from './BoardStore.ts';
import type { BoundaryError, Parsed } from '../core/validation/Parsed.ts';
import { parseJsonText } from '../core/validation/parseJsonText.ts';

export const STORAGE_KEY = 'journey-mapper:sandbox-board';
/** Copies set aside are kept under this prefix, each followed by `:` and the time it was set aside. */
export const UNREADABLE_KEY = 'journey-mapper:sandbox-board:unreadable';
export const SAVE_DELAY_MS = 300;

/** The board saved in this browser, null when none is; or why the saved text cannot be read. */
export type StoredBoard =
  | { ok: true; value: EmulatorState | null; warnings: string[] }
  | { ok: false; error: BoundaryError; text: string };

type Parse = (json: unknown) => Parsed<EmulatorState>;

/** Reads the saved board; an unreadable text is left where it is, for the person to decide. */
export async function loadBoard(
  store: Pick<BoardStore, 'get'>,
  parse: Parse,
): Promise<StoredBoard> {
  const text = await store.get(STORAGE_KEY);
  if (text === undefined) return { ok: true, value: null, warnings: [] };
  const json = parseJsonText(text, 'The saved board');
  const result = json.ok ? parse(json.value) : json;
  return result.ok ? result : { ok: false, error: result.error, text };
}

/**
 * Keeps `text` under a key of its own, named after `now` (ms since the epoch), never replacing
 * an earlier copy; returns the key.
 */
export async function setAside(
  store: Pick<BoardStore, 'keys' | 'set'>,
  text: string,
  now: number,
): Promise<string> {
  const taken = new Set(await store.keys());
  const base = `${UNREADABLE_KEY}:${new Date(now).toISOString()}`;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  await store.set(key, text);
  return key;
}

/** The copies set aside so far, oldest first. */
export async function setAsideKeys(store: Pick<BoardStore, 'keys'>): Promise<string[]> {
  return (await store.keys()).filter((key) => key.startsWith(UNREADABLE_KEY)).sort();
}

export function saveBoard(store: Pick<BoardStore, 'set'>, state: EmulatorState): Promise<void> {
  return store.set(STORAGE_KEY, JSON.stringify(state));
}

/** What is saved: items, connectors, tags, app data and metadata; not the view or the selection. */
export function changesContent(change: BoardChange): boolean {
  switch (change.kind) {
    case 'create':
    case 'update':
    case 'delete':
    case 'reset':
      return true;
    default:
      return false;
  }
}

/** Both return the function that cancels what they scheduled. */
export type SaveScheduler = {
  after(ms: number, callback: () => void): () => void;
  whenIdle(callback: () => void): () => void;
};

type AutosaveOptions = {
  subscribe: (listener: (change: BoardChange) => void) => () => void;
  exportState: () => EmulatorState;
  store: Pick<BoardStore, 'set'>;
  scheduler: SaveScheduler;
  onError: (message: string) => void;
  delayMs?: number;
};

/**
 * Saves the board once the page is idle after `delayMs` without a content change (each change
 * pushes the save back). `flush` saves at once if a save is due and resolves once it is written.
 */
export function autosave({
  subscribe,
  exportState,
  store,
  scheduler,
  onError,
  delayMs = SAVE_DELAY_MS,
}: AutosaveOptions): { flush(): Promise<void>; stop(): void } {
  let cancel: (() => void) | undefined;
  let written: Promise<void> = Promise.resolve();
  const save = () => {
    cancel = undefined;
    written = saveBoard(store, exportState()).catch((error: unknown) => {
      onError(
        `The board could not be saved in this browser: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
    return written;
  };
  const unsubscribe = subscribe((change) => {
    if (!changesContent(change)) return;
    cancel?.();
    cancel = scheduler.after(delayMs, () => {
      cancel = scheduler.whenIdle(save);
    });
  });
  return {
    flush() {
      if (cancel === undefined) return written;
      cancel();
      return save();
    },
    stop() {
      cancel?.();
      cancel = undefined;
      unsubscribe();
    },
  };
}
