import type { InsertState } from './useInsertMap.ts';

export function InsertStatus({ state }: { state: InsertState }) {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'inserting':
      return (
        <div className="jm-status">
          <progress
            className="jm-progress"
            aria-label="Inserting the map"
            max={state.total > 0 ? state.total : undefined}
            value={state.total > 0 ? state.done : undefined}
          />
          <p className="p-small" aria-live="polite">
            {state.total > 0
              ? `Drawing item ${state.done} of ${state.total}…`
              : 'Finding space on the board…'}
          </p>
        </div>
      );
    case 'inserted':
      return (
        <p className="jm-status jm-success p-small" role="status">
          Inserted “{state.title}” on the board.
        </p>
      );
    case 'failed':
      return (
        <div className="jm-status jm-error" role="alert">
          <p className="p-small">{state.message}</p>
          <p className="p-small">Your changes are kept — you can try again.</p>
        </div>
      );
  }
}
