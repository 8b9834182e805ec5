import { DrawProgress } from './DrawProgress.tsx';
import type { InsertState } from './useInsertMap.ts';

export function InsertStatus({ state }: { state: InsertState }) {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'inserting':
      return <DrawProgress label="Inserting the map" done={state.done} total={state.total} />;
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
