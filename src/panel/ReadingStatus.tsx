/** The Refresh button of a tab that reads the board; disabled while a read runs. */
export function RefreshButton({ onRefresh, loading }: { onRefresh: () => void; loading: boolean }) {
  return (
    <button
      type="button"
      className="button button-secondary button-small"
      onClick={onRefresh}
      disabled={loading}
    >
      Refresh
    </button>
  );
}

/** What a tab that reads the board says of the read: running, or why it failed. */
export function ReadingStatus({ loading, problem }: { loading: boolean; problem: string | null }) {
  return (
    <>
      <p className="p-small jm-note" role="status">
        {loading ? 'Reading the board…' : ''}
      </p>
      {problem && (
        <div className="jm-status jm-error" role="alert">
          <p className="p-small">{problem}</p>
        </div>
      )}
    </>
  );
}
