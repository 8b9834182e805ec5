import type { SdkVotingResult } from '../miro/sdk.ts';
import { VOTING_RESULTS_INCLUDE_OPEN_SESSION } from '../miroRules/facilitation.ts';

/** The vote a person runs with Miro's voting tool; `votes` maps item ids to their counts. */
export type VotingSession = { title: string; createdAt: string; votes: Record<string, number> };

/**
 * Miro's voting sessions on one board: at most one open, the ended ones kept in the order they
 * were started, as `getVotingResults` returns them.
 */
type OpenSession = { title: string; createdAt: string; votes: Map<string, number> };

export class EmulatorVoting {
  private open: OpenSession | null = null;
  private ended: SdkVotingResult[] = [];

  get session(): VotingSession | null {
    if (!this.open) return null;
    const { title, createdAt, votes } = this.open;
    return { title, createdAt, votes: Object.fromEntries(votes) };
  }

  results(): SdkVotingResult[] {
    const open = VOTING_RESULTS_INCLUDE_OPEN_SESSION && this.open ? [resultOf(this.open)] : [];
    return structuredClone([...this.ended, ...open]);
  }

  /** Replaces the recorded sessions, as if Miro's voting tool had run them. */
  setResults(results: readonly SdkVotingResult[]): void {
    this.ended = structuredClone([...results]);
  }

  start(title: string, createdAt: string): void {
    if (this.open) throw new Error(`startVoting: the vote “${this.open.title}” is still open`);
    this.open = { title, createdAt, votes: new Map() };
  }

  vote(itemId: string): void {
    const session = this.require('vote');
    session.votes.set(itemId, (session.votes.get(itemId) ?? 0) + 1);
  }

  unvote(itemId: string): void {
    const session = this.require('unvote');
    const count = session.votes.get(itemId) ?? 0;
    if (count === 0) throw new Error(`unvote: item ${itemId} has no vote to take back`);
    if (count === 1) session.votes.delete(itemId);
    else session.votes.set(itemId, count - 1);
  }

  end(): SdkVotingResult {
    const session = this.require('endVoting');
    const result = resultOf(session);
    this.ended.push(result);
    this.open = null;
    return structuredClone(result);
  }

  private require(method: string): OpenSession {
    if (!this.open) throw new Error(`${method}: no vote is open`);
    return this.open;
  }
}

function resultOf(session: OpenSession): SdkVotingResult {
  const results = [...session.votes].map(([itemId, count]) => ({ itemId, count }));
  return { title: session.title, createdAt: session.createdAt, results };
}
