import type { ChangeEvent } from 'react';
import { useState } from 'react';

type Props = {
  onExport(): void;
  onImport(file: File): void;
  onReset(): void;
};

/** The board's file menu: export, import, and reset with a confirmation step. */
export function BoardMenu({ onExport, onImport, onReset }: Props) {
  const [confirming, setConfirming] = useState(false);
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onImport(file);
  };
  return (
    <header className="sb-menu sb-floating">
      <img src="/icon.svg" alt="" width={20} height={20} />
      <h1 className="sb-title">Journey Mapper sandbox</h1>
      <span className="sb-menu-rule" aria-hidden="true" />
      <button
        type="button"
        className="sb-menu-button"
        data-testid="sandbox-export"
        aria-label="Export"
        title="Export the board as a Miro REST board file (.json)"
        onClick={onExport}
      >
        <span className="icon icon-download" aria-hidden="true" />
        Export
      </button>
      <label
        className="sb-menu-button"
        data-testid="sandbox-import"
        title="Import a board file (.json): items as Miro's REST API lists them"
      >
        <input
          type="file"
          accept=".json,application/json"
          className="sb-visually-hidden"
          aria-label="Import"
          onChange={pick}
        />
        <span className="icon icon-upload" aria-hidden="true" />
        Import
      </label>
      {confirming ? (
        <span className="sb-confirm" role="group" aria-label="Confirm reset">
          <span>Empty the board?</span>
          <button
            type="button"
            className="button button-danger button-small"
            aria-label="Reset board: remove every item"
            title="Remove every item from this board"
            onClick={() => {
              setConfirming(false);
              onReset();
            }}
          >
            Reset board
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label="Cancel"
            title="Keep the board"
            onClick={() => setConfirming(false)}
          >
            Cancel
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="sb-menu-button"
          data-testid="sandbox-reset"
          aria-label="Reset"
          title="Empty the board"
          onClick={() => setConfirming(true)}
        >
          <span className="icon icon-refresh" aria-hidden="true" />
          Reset
        </button>
      )}
    </header>
  );
}
