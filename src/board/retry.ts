import { messageOf } from './messageOf.ts';

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export type RetryPolicy = {
  /** Waits before each retry, in ms; its length is the number of retries. */
  delays: readonly number[];
  sleep: Sleep;
};

/** Miro rate-limits for about a minute at most: 1 + 2 + 4 + 8 + 16 + 32 s of waiting in all. */
export const RATE_LIMIT_DELAYS = [1000, 2000, 4000, 8000, 16000, 32000] as const;

/**
 * Miro documents neither a code nor the text of its rate-limit error (a plain `Error`), so any
 * error that speaks of a rate limit, credits, throttling, a quota, 429 or too many requests is
 * taken for one.
 */
const RATE_LIMIT_WORDS =
  /rate[\s_-]?limit|\bcredits?\b|throttl|quota|too[\s_-]?many[\s_-]?requests|\b429\b/i;

export function isRateLimitError(error: unknown): boolean {
  return RATE_LIMIT_WORDS.test(messageOf(error) ?? '');
}

export class RetriesExhaustedError extends Error {
  override name = 'RetriesExhaustedError';
}

/** Whether a call failed for the rate limit: still limited, or given up on after the retries. */
export function wasRateLimited(error: unknown): boolean {
  return error instanceof RetriesExhaustedError || isRateLimitError(error);
}

/** Calls `fn`, retrying with the policy's waits while it fails with a rate-limit error. */
export async function withRetry<T>(fn: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!isRateLimitError(error)) throw error;
      const delay = policy.delays[attempt];
      if (delay === undefined)
        throw new RetriesExhaustedError('still rate-limited after retrying', { cause: error });
      await policy.sleep(delay);
    }
  }
}
