import { describe, expect, it } from 'vitest';
import { sampleDraft, stagesOf } from '../../test/sampleTemplate.ts';
import {
  addStage,
  addStageRefusal,
  moveStage,
  removeStage,
  removeStageRefusal,
  renameStage,
} from './stageEdits.ts';

describe('stage edits', () => {
  it('renames a stage and keeps the name as typed', () => {
    const draft = renameStage(sampleDraft(), 'purchase', 'Buy ');
    expect(draft.stages[2]).toEqual({ id: 'purchase', name: 'Buy ' });
  });

  it('leaves the draft unchanged when renaming an unknown stage', () => {
    const draft = sampleDraft();
    expect(renameStage(draft, 'nope', 'X')).toBe(draft);
  });

  it('adds a stage at the end with the next free id', () => {
    const draft = addStage(sampleDraft());
    // five stages before, so the sixth is stage-6
    expect(draft.stages.at(-1)).toEqual({ id: 'stage-6', name: 'Stage 6' });
  });

  it('does not reuse an id that is taken', () => {
    const draft = addStage(sampleDraft({ stages: [...stagesOf(4), { id: 'stage-5', name: 'E' }] }));
    expect(draft.stages.at(-1)?.id).toBe('stage-6');
  });

  it('gives the same id for the same draft', () => {
    expect(addStage(sampleDraft())).toEqual(addStage(sampleDraft()));
  });

  it('refuses a 13th stage', () => {
    const draft = sampleDraft({ stages: stagesOf(12) });
    expect(addStageRefusal(draft)).toBe('A map can have at most 12 stages.');
    expect(addStage(draft)).toBe(draft);
  });

  it('allows a 12th stage', () => {
    const draft = sampleDraft({ stages: stagesOf(11) });
    expect(addStageRefusal(draft)).toBeNull();
    expect(addStage(draft).stages).toHaveLength(12);
  });

  it('removes a stage', () => {
    const draft = removeStage(sampleDraft(), 'purchase');
    expect(draft.stages.map((stage) => stage.id)).toEqual([
      'awareness',
      'consideration',
      'use',
      'loyalty',
    ]);
  });

  it('refuses to go below 3 stages', () => {
    const draft = sampleDraft({ stages: stagesOf(3) });
    expect(removeStageRefusal(draft)).toBe('A map needs at least 3 stages.');
    expect(removeStage(draft, 's1')).toBe(draft);
  });

  it('moves a stage left and right', () => {
    const left = moveStage(sampleDraft(), 'purchase', -1);
    expect(left.stages.map((stage) => stage.id).slice(0, 3)).toEqual([
      'awareness',
      'purchase',
      'consideration',
    ]);
    const right = moveStage(sampleDraft(), 'awareness', 1);
    expect(right.stages[1]?.id).toBe('awareness');
  });

  it('leaves the draft unchanged when moving past an end', () => {
    const draft = sampleDraft();
    expect(moveStage(draft, 'awareness', -1)).toBe(draft);
    expect(moveStage(draft, 'loyalty', 1)).toBe(draft);
  });
});
