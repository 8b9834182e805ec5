import type { EmulatorState } from './SandboxEmulator.ts';
import { accepted, type Parsed } from '../core/validation/Parsed.ts';
import { parseJsonText } from '../core/validation/parseJsonText.ts';

export const STORAGE_KEY = 'journey-mapper:sandbox-board';
export const UNREADABLE_KEY = 'journey-mapper:sandbox-board:unreadable';
export const SAVE_DELAY_MS = 300;

/** The board saved in this browser, null when none is; or why the saved text cannot be read. */
export type StoredBoard = Parsed<EmulatorState | null>;

type Parse = (json: unknown) => Parsed<EmulatorState>;
type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The board kept in local storage. Text that does not read as a board is moved aside under
 * `UNREADABLE_KEY`, so that starting afresh loses nothing.
 */
export function loadBoard(storage: KeyValueStorage, parse: Parse): StoredBoard {
  const text = storage.getItem(STORAGE_KEY);
  if (text === null) return accepted(null);
  const json = parseJsonText(text, 'The saved board');
  const result = json.ok ? parse(json.value) : json;
  if (!result.ok) setAside(storage, text);
  return result;
}

function setAside(storage: KeyValueStorage, text: string): void {
  try {
    storage.setItem(UNREADABLE_KEY, text);
  } catch {
    // Storage full: the text stays under the board key until the next save.
  }
}

/**
 * Saves the board `delayMs` after each change (later changes push the save back); returns a
 * function that saves at once if a save is due, and one that stops.
 */
export function autosave(
  subscribe: (listener: () => void) => () => void,
  exportState: () => EmulatorState,
  storage: KeyValueStorage,
  onError: (message: string) => void,
  delayMs = SAVE_DELAY_MS,
): { flush(): void; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    try {
      storage.setItem(STORAGE_KEY, JSON.stringify(exportState()));
    } catch (error) {
      onError(
        `The board could not be saved in this browser: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  const unsubscribe = subscribe(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  });
  return {
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      save();
    },
    stop() {
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe();
    },
  };
}
