import { describe, expect, it } from 'vitest';
import { stickyNoteHeight } from './stickyNoteHeight.ts';

describe('stickyNoteHeight', () => {
  it('is the default height at the default width', () => {
    expect(stickyNoteHeight('square', 199)).toBe(228);
  });

  it('keeps the rectangle’s aspect ratio', () => {
    expect(stickyNoteHeight('rectangle', 175)).toBe(114); // 175 × 228/350
  });
});
