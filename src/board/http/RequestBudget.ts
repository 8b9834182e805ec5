/** How long one request may take, headers and whole body, unless told otherwise. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** How long a whole read may take, requests and waits after 429, unless told otherwise. */
export const DEFAULT_DEADLINE_MS = 300_000;

/** Waits, in milliseconds, after each 429 that says nothing of when to come back. */
const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 16_000];

/** A wait before the next attempt, or why there is none: the wait would pass the deadline. */
export type RetryWait =
  | { wait: number }
  /** The server asked to wait this long (ms), past the deadline. */
  | { askedPastDeadline: number }
  /** The backoff's own next wait would pass the deadline. */
  | { backoffPastDeadline: true };

/**
 * The time a read over HTTP may take: each request within `timeoutMs` (body included) and all
 * of them with their waits within `deadlineMs` from the budget's creation. Milliseconds.
 */
export class RequestBudget {
  /** Milliseconds since the epoch. */
  private readonly deadlineAt: number;

  constructor(
    private readonly now: () => number,
    readonly timeoutMs: number = DEFAULT_TIMEOUT_MS,
    readonly deadlineMs: number = DEFAULT_DEADLINE_MS,
  ) {
    this.deadlineAt = now() + deadlineMs;
  }

  /**
   * The signal for one request, which aborts at the timeout or the deadline, whichever comes
   * first (`byDeadline` says which); `undefined` when the deadline has passed.
   */
  nextRequest(): { signal: AbortSignal; byDeadline: boolean } | undefined {
    const remaining = this.deadlineAt - this.now();
    if (remaining <= 0) return undefined;
    return {
      signal: AbortSignal.timeout(Math.min(this.timeoutMs, remaining)),
      byDeadline: remaining < this.timeoutMs,
    };
  }

  /**
   * After a 429 on attempt `attempt` (from 1): the wait the server asks for (`askedMs`) when it
   * gives one, else a backoff; a wait that would pass the deadline is not begun.
   */
  retryWait(askedMs: number | undefined, attempt: number): RetryWait {
    const remaining = this.deadlineAt - this.now();
    if (askedMs !== undefined)
      return askedMs < remaining ? { wait: askedMs } : { askedPastDeadline: askedMs };
    const wait = BACKOFF_MS[Math.min(attempt - 1, BACKOFF_MS.length - 1)] ?? 1_000;
    return wait < remaining ? { wait } : { backoffPastDeadline: true };
  }
}

/** `1.5 s`, `30 s`: milliseconds as seconds, as the flags take them. */
export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** Epoch milliseconds as `2024-05-14T10:01:30Z`. */
export function isoSeconds(epochMs: number): string {
  const date = new Date(epochMs);
  return Number.isNaN(date.getTime())
    ? `${epochMs / 1000} (epoch seconds)`
    : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
