import type { Board } from '../board/port.ts';
import type { MapReport } from '../core/report/Report.ts';
import { DrawProgress } from './DrawProgress.tsx';
import { useAddSummary, type SummaryState } from './useAddSummary.ts';

type Props = {
  board: Board;
  report: MapReport;
  /** False for a map drawn on the open canvas: the summary goes beside its grid. */
  framed: boolean;
};

/** "Add summary to board" for one map, with its progress and outcome. */
export function AddSummary({ board, report, framed }: Props) {
  const { state, add } = useAddSummary(board);
  return (
    <div className="jm-summary-action">
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={state.kind === 'adding'}
        onClick={() => void add(report, framed)}
      >
        Add summary to board
      </button>
      <SummaryStatus state={state} />
    </div>
  );
}

function SummaryStatus({ state }: { state: SummaryState }) {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'adding':
      return <DrawProgress label="Adding the summary" done={state.done} total={state.total} />;
    case 'added':
      return (
        <p className="jm-status jm-success p-small" role="status">
          Added the summary beside the map.
        </p>
      );
    case 'failed':
      return (
        <div className="jm-status jm-error" role="alert">
          <p className="p-small">{state.message}</p>
        </div>
      );
  }
}
