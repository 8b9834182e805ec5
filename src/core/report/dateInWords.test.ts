import { describe, expect, it } from 'vitest';
import { dateInWords } from './dateInWords.ts';

describe('dateInWords', () => {
  it('writes the day without a leading zero, the month by name and the year', () => {
    expect(dateInWords('2026-12-02T09:30:00.000Z')).toBe('2 December 2026');
    expect(dateInWords('2025-06-01')).toBe('1 June 2025');
  });

  it('keeps the date as written, whatever the time of day', () => {
    expect(dateInWords('2025-01-31T23:59:59.999Z')).toBe('31 January 2025');
  });

  it('is null for a text that does not start with a date', () => {
    expect(dateInWords('yesterday')).toBeNull();
    expect(dateInWords('2025-13-01T00:00:00Z')).toBeNull();
    expect(dateInWords('2025-06-00')).toBeNull();
    expect(dateInWords('2025-06-011')).toBeNull();
  });
});
