import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../../test/sampleTemplate.ts';
import { setIncludeSamples, setPersonaField, setTitle } from './draftFields.ts';

describe('draft fields', () => {
  it('sets the title as typed', () => {
    expect(setTitle(sampleDraft(), 'Onboarding ').title).toBe('Onboarding ');
  });

  it('sets one persona field and keeps the others', () => {
    const draft = setPersonaField(
      setPersonaField(sampleDraft(), 'name', 'Dana'),
      'frustrations',
      'Slow delivery',
    );
    expect(draft.persona).toEqual({
      name: 'Dana',
      role: '',
      goals: '',
      frustrations: 'Slow delivery',
    });
  });

  it('switches sample notes on and off', () => {
    expect(setIncludeSamples(sampleDraft(), true).includeSamples).toBe(true);
    expect(setIncludeSamples(sampleDraft({ includeSamples: true }), false).includeSamples).toBe(
      false,
    );
  });
});
