import { describe, expect, it } from 'vitest';
import { severityOf } from './severityOf.ts';

describe('severityOf', () => {
  it('reads critical as 3, high and severe as 2, medium and moderate as 1', () => {
    expect(
      ['critical', 'high', 'severe', 'medium', 'moderate'].map((tag) => severityOf([tag])),
    ).toEqual([3, 2, 2, 1, 1]);
  });

  it('ignores case and a leading #', () => {
    expect(severityOf(['CRITICAL'])).toBe(3);
    expect(severityOf(['#High'])).toBe(2);
  });

  it('takes the highest of several tags', () => {
    expect(severityOf(['medium', 'ux', 'severe'])).toBe(2);
  });

  it('is 0 without a severity tag', () => {
    expect(severityOf(['ux', 'mobile'])).toBe(0);
  });
});
