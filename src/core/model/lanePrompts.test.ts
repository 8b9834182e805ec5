import { describe, expect, it } from 'vitest';
import { LANE_KINDS } from './laneKind.ts';
import { LANE_PROMPTS } from './lanePrompts.ts';

describe('LANE_PROMPTS', () => {
  it('asks a question for every lane kind', () => {
    for (const kind of LANE_KINDS) expect(LANE_PROMPTS[kind]).toMatch(/\S.*\?$/);
  });

  it('asks the emotions lane for a score on the scale', () => {
    expect(LANE_PROMPTS.emotions).toBe('How do they feel, from −2 to +2?');
  });

  it('asks a different question for each kind', () => {
    expect(new Set(Object.values(LANE_PROMPTS)).size).toBe(LANE_KINDS.length);
  });
});
