import { describe, expect, it } from 'vitest';
import { formatRemaining } from './formatRemaining.ts';

describe('formatRemaining', () => {
  it('shows minutes and seconds, rounding the seconds up', () => {
    expect(formatRemaining(300_000)).toBe('5:00');
    expect(formatRemaining(299_001)).toBe('5:00');
    expect(formatRemaining(61_000)).toBe('1:01');
    expect(formatRemaining(999)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(-5)).toBe('0:00');
  });
});
