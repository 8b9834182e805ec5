import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../../test/sampleTemplate.ts';
import { draftProblems } from './draftProblems.ts';
import { renameLane } from './laneEdits.ts';
import { renameStage } from './stageEdits.ts';

describe('draftProblems', () => {
  it('finds nothing wrong with a template draft', () => {
    expect(draftProblems(sampleDraft())).toEqual([]);
  });

  it('names blank titles, stages and lanes by position', () => {
    const draft = renameLane(
      renameStage(sampleDraft({ title: ' ' }), 'purchase', ''),
      'emotions',
      '  ',
    );
    expect(draftProblems(draft)).toEqual([
      'The map needs a title.',
      'Stage 3 needs a name.',
      'Lane 3 needs a name.',
    ]);
  });

  it('names a name that is too long', () => {
    const draft = renameStage(sampleDraft(), 'awareness', 'x'.repeat(121));
    expect(draftProblems(draft)).toEqual(['Stage 1 has a name longer than 120 characters.']);
  });
});
