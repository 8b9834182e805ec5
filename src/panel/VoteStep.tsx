import type { RankedPainPoint } from '../core/report/Report.ts';

type Props = {
  painPoints: readonly RankedPainPoint[];
  /** Reads the board again: Miro tells the app nothing when a vote ends. */
  onRefresh: () => void;
  loading: boolean;
};

/** How many ranked pain points the step lists. */
const SHOWN = 10;

/** The vote step: how to run Miro's own vote (apps cannot start one), then its ranked result. */
export function VoteStep({ painPoints, onRefresh, loading }: Props) {
  const voted = painPoints.some((point) => point.votes > 0);
  return (
    <div className="jm-ws-vote">
      <h5 className="p-small jm-ws-vote-title">Run the vote in Miro</h5>
      <ol className="p-small jm-ws-vote-how">
        <li>Open Voting from Miro’s top bar.</li>
        <li>Choose the pain-point notes to vote on.</li>
        <li>Set the votes per person (three each), then start the vote.</li>
        <li>End the vote when everyone is done, then read the results here.</li>
      </ol>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={onRefresh}
        disabled={loading}
      >
        Read the results
      </button>
      {voted ? (
        <ol className="p-small jm-ws-ranked" aria-label="Pain points by votes">
          {painPoints.slice(0, SHOWN).map((point) => (
            <li key={point.noteIds.join(' ')}>
              <span className="jm-ws-ranked-text">{point.text}</span>{' '}
              <span className="jm-note">
                {point.stageName} · {point.votes} {point.votes === 1 ? 'vote' : 'votes'}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="p-small jm-note">
          {painPoints.length === 0
            ? 'The map has no pain points to vote on yet.'
            : 'No votes yet: the ranking shows here once the vote has ended.'}
        </p>
      )}
    </div>
  );
}
