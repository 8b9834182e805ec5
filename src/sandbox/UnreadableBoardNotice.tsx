import { useState } from 'react';
import type { BoardStore } from './BoardStore.ts';
import { downloadText } from './boardFileTransfer.ts';
import { saveBoard, setAside, setAsideKeys } from './boardStorage.ts';
import type { EmulatorState } from './SandboxEmulator.ts';
import { storeLocation } from './storeLocation.ts';

export const UNREADABLE_FILE_NAME = 'journey-mapper-unreadable-board.txt';

/** The saved text that could not be read as a board, and why. */
export type UnreadableBoard = { text: string; reason: string };

type Props = {
  board: UnreadableBoard;
  store: BoardStore;
  exportState(): EmulatorState;
  now(): number;
  /** The text is set aside and the board on the page saved in its place. */
  onSetAside(message: string): void;
  onError(message: string): void;
};

/**
 * Asks what to do with a saved board that cannot be read; until the person sets it aside,
 * nothing is saved over it.
 */
export function UnreadableBoardNotice({
  board,
  store,
  exportState,
  now,
  onSetAside,
  onError,
}: Props) {
  const [busy, setBusy] = useState(false);
  const where = storeLocation(store);
  const startAfresh = async () => {
    setBusy(true);
    try {
      const key = await setAside(store, board.text, now());
      await saveBoard(store, exportState());
      const copies = (await setAsideKeys(store)).length;
      onSetAside(
        `The unreadable board is kept in ${where} under "${key}" ` +
          `(${copies === 1 ? 'the only copy' : `one of ${copies} copies`} set aside there). ` +
          `This board is saved from now on.`,
      );
    } catch (error) {
      setBusy(false);
      onError(
        `The saved board could not be set aside, so it is still saved and this board is not: ` +
          `${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  return (
    <div className="sb-notice sb-error" role="alert" data-testid="sandbox-unreadable">
      <div className="sb-notice-text">
        <p className="sb-notice-line">
          The board saved in this browser could not be read ({board.reason}). It is kept as it is in{' '}
          {where}, and nothing on this new board is saved until you choose what to do with it.
        </p>
        <div className="sb-notice-actions">
          <button
            type="button"
            className="button button-primary button-small"
            disabled={busy}
            onClick={() => void startAfresh()}
          >
            Set it aside and start a new board
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => downloadText(UNREADABLE_FILE_NAME, board.text)}
          >
            Download the saved text
          </button>
        </div>
      </div>
    </div>
  );
}
