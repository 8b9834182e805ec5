import { describe, expect, it } from 'vitest';
import { isRateLimitError, RetriesExhaustedError, withRetry } from './retry.ts';

const rateLimited = () => new Error('API rate limit exceeded. Please retry later.');

describe('withRetry', () => {
  it('retries rate-limit errors after the policy waits, then succeeds', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls++;
        if (calls < 3) throw rateLimited();
        return 'ok';
      },
      { delays: [10, 20, 40], sleep: async (ms) => void waits.push(ms) },
    );
    expect(result).toBe('ok');
    expect(waits).toEqual([10, 20]);
  });

  it('gives up when the waits run out', async () => {
    const run = withRetry(
      async () => {
        throw rateLimited();
      },
      { delays: [1, 1], sleep: async () => {} },
    );
    await expect(run).rejects.toBeInstanceOf(RetriesExhaustedError);
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    const run = withRetry(
      async () => {
        calls++;
        throw new Error('Invalid content');
      },
      { delays: [1, 1], sleep: async () => {} },
    );
    await expect(run).rejects.toThrow('Invalid content');
    expect(calls).toBe(1);
  });
});

describe('isRateLimitError', () => {
  // Miro documents no text for its rate-limit error: these are the shapes such errors take.
  it.each([
    'API rate limit exceeded. Please retry later.',
    'Rate limited: try again in 12 seconds',
    'RATE_LIMIT_EXCEEDED',
    'ratelimit reached for app 3458764',
    'You have used all your credits for this minute',
    'Credit limit reached',
    'Request failed with status code 429',
    'HTTP 429',
    'Too Many Requests',
    'too-many-requests',
    'Requests from this app are being throttled',
    'Quota exceeded for quota metric',
  ])('"%s" is a rate limit', (message) => {
    expect(isRateLimitError(new Error(message))).toBe(true);
  });

  it.each([
    'Frame not found',
    'Invalid credentials',
    'Item 4290 does not exist on the board',
    'Invalid content: must be shorter than 6000 characters',
    'Network connection lost',
  ])('"%s" is not', (message) => {
    expect(isRateLimitError(new Error(message))).toBe(false);
  });

  it('reads errors made in another window, which are not instances of Error', () => {
    expect(isRateLimitError({ message: 'Too many requests' })).toBe(true);
    expect(isRateLimitError('rate limit')).toBe(false);
  });
});
