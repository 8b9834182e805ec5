import { describe, expect, it } from 'vitest';
import { editOutcome } from './editOutcome.ts';

describe('editOutcome', () => {
  it('removes a note added for this edit when Escape drops it', () => {
    expect(editOutcome({ finish: 'cancel', isNew: true, initial: '', text: 'half typed' })).toEqual(
      {
        kind: 'remove',
      },
    );
  });

  it('keeps the text an existing note had when Escape drops the edit', () => {
    expect(editOutcome({ finish: 'cancel', isNew: false, initial: 'Old', text: 'New' })).toEqual({
      kind: 'keep',
    });
  });

  it('saves a changed text when the edit is finished', () => {
    expect(editOutcome({ finish: 'commit', isNew: false, initial: 'Old', text: 'New' })).toEqual({
      kind: 'save',
      text: 'New',
    });
  });

  it('changes nothing when the finished text is the one it had', () => {
    expect(editOutcome({ finish: 'commit', isNew: true, initial: '', text: '' })).toEqual({
      kind: 'keep',
    });
  });
});
