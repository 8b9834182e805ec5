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
  it.each([
    ['API rate limit exceeded', true],
    ['Too Many Requests', true],
    ['HTTP 429', true],
    ['Frame not found', false],
  ])('%s → %s', (message, expected) => {
    expect(isRateLimitError(new Error(message))).toBe(expected);
  });
});
