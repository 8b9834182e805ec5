import { describe, expect, it } from 'vitest';
import { nextId } from './nextId.ts';

describe('nextId', () => {
  it('starts from the given number', () => {
    expect(nextId('stage', ['awareness'], 6)).toBe('stage-6');
  });

  it('skips numbers already taken', () => {
    expect(nextId('stage', ['stage-6', 'stage-7'], 6)).toBe('stage-8');
  });

  it('starts from 1 by default', () => {
    expect(nextId('lane', [])).toBe('lane-1');
  });
});
