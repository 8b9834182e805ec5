import { describe, expect, it } from 'vitest';
import { retryAfterMs } from './retryAfter.ts';

const NOW = Date.parse('2026-12-02T12:00:00Z');

describe('retryAfterMs', () => {
  it('reads delay-seconds', () => {
    expect(retryAfterMs('30', NOW)).toBe(30_000);
    expect(retryAfterMs(' 1.5 ', NOW)).toBe(1500);
  });

  it('reads an HTTP-date as the time left until it', () => {
    expect(retryAfterMs('Wed, 02 Dec 2026 12:01:00 GMT', NOW)).toBe(60_000);
  });

  it('asks for no wait when the date is past', () => {
    expect(retryAfterMs('Wed, 02 Dec 2026 11:00:00 GMT', NOW)).toBe(0);
  });

  it('has no answer for what is neither', () => {
    expect(retryAfterMs(null, NOW)).toBeUndefined();
    expect(retryAfterMs('', NOW)).toBeUndefined();
    expect(retryAfterMs('soon', NOW)).toBeUndefined();
    expect(retryAfterMs('-5', NOW)).toBeUndefined();
    expect(retryAfterMs('2026-12-02', NOW)).toBeUndefined();
  });
});
