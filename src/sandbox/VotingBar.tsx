import type { SandboxEmulator } from './SandboxEmulator.ts';

/** The title the sandbox gives the votes it runs, as a facilitator might name one in Miro. */
export const SANDBOX_VOTE_TITLE = 'Dot vote';

type Props = { emulator: SandboxEmulator; onError(message: string): void };

function totalOf(votes: Readonly<Record<string, number>>): number {
  return Object.values(votes).reduce((sum, count) => sum + count, 0);
}

/**
 * Miro's voting tool, as simple as a workshop needs: start a vote, click notes on the board to
 * vote on them (Alt-click takes a vote back), and end it, which records the result the app reads.
 */
export function VotingBar({ emulator, onError }: Props) {
  const session = emulator.voting;
  const act = (action: () => unknown) => {
    try {
      action();
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    }
  };
  if (!session)
    return (
      <div className="sb-voting sb-floating">
        <button
          type="button"
          className="sb-menu-button"
          data-testid="sandbox-vote-start"
          title="Start a vote: then click notes on the board to vote on them"
          onClick={() => act(() => emulator.user.startVoting(SANDBOX_VOTE_TITLE))}
        >
          Vote
        </button>
      </div>
    );
  const total = totalOf(session.votes);
  return (
    <div className="sb-voting sb-floating" role="group" aria-label={`Vote: ${session.title}`}>
      <span className="sb-voting-hint" role="status">
        Click a note to vote, Alt-click to take a vote back · {total}{' '}
        {total === 1 ? 'vote' : 'votes'}
      </span>
      <button
        type="button"
        className="button button-primary button-small"
        data-testid="sandbox-vote-end"
        onClick={() => act(() => emulator.user.endVoting())}
      >
        End vote
      </button>
    </div>
  );
}
