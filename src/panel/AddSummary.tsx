import type { Board } from '../board/port.ts';
import type { MapReport } from '../core/report/Report.ts';
import { DrawProgress } from './DrawProgress.tsx';
import { useAddSummary, type SummaryState } from './useAddSummary.ts';

type Props = {
  board: Board;
  report: MapReport;
  /** When the report was made (ISO): the summary's date. */
  generatedAt: string;
  /** False for a map drawn on the open canvas: the summary goes beside its grid. */
  framed: boolean;
};

/** "Add summary to board" for one map, with its progress and outcome; an earlier summary is replaced after asking. */
export function AddSummary({ board, report, generatedAt, framed }: Props) {
  const { state, add, confirm, cancel } = useAddSummary(board, generatedAt);
  const busy = state.kind === 'checking' || state.kind === 'adding';
  return (
    <div className="jm-summary-action">
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={busy || state.kind === 'confirming'}
        onClick={() => void add(report, framed)}
      >
        Add summary to board
      </button>
      {state.kind === 'confirming' ? (
        <div className="jm-confirm" role="alertdialog" aria-label="Replace the summary?">
          <p className="p-small">
            {state.earlier.length === 1
              ? 'This map has a summary on the board already. Replace it with a new one?'
              : `This map has ${state.earlier.length} summaries on the board already. Replace them with a new one?`}{' '}
            Notes put on it stay on the board.
          </p>
          <div className="jm-card-actions">
            <button type="button" className="button button-secondary button-small" onClick={cancel}>
              Keep it
            </button>
            <button
              type="button"
              className="button button-primary button-small"
              onClick={() => void confirm(report, framed)}
            >
              Replace
            </button>
          </div>
        </div>
      ) : (
        <SummaryStatus state={state} />
      )}
    </div>
  );
}

function SummaryStatus({ state }: { state: SummaryState }) {
  switch (state.kind) {
    case 'idle':
    case 'checking':
    case 'confirming':
      return null;
    case 'adding':
      return <DrawProgress label="Adding the summary" done={state.done} total={state.total} />;
    case 'added':
      return (
        <p className="jm-status jm-success p-small" role="status">
          {state.replaced
            ? 'Replaced the earlier summary beside the map.'
            : 'Added the summary beside the map.'}
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
