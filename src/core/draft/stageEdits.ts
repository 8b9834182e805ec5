import type { MapDraft } from '../model/mapDraft.schema.ts';
import { MAX_STAGES, MIN_STAGES } from '../model/template.schema.ts';
import { moveItem } from './moveItem.ts';
import { nextId } from './nextId.ts';

/** Why another stage cannot be added, or null when it can. */
export function addStageRefusal(draft: MapDraft): string | null {
  return draft.stages.length >= MAX_STAGES ? `A map can have at most ${MAX_STAGES} stages.` : null;
}

/** Why a stage cannot be removed, or null when it can. */
export function removeStageRefusal(draft: MapDraft): string | null {
  return draft.stages.length <= MIN_STAGES ? `A map needs at least ${MIN_STAGES} stages.` : null;
}

/** Names are kept as typed; the draft is validated (and trimmed) when the map is inserted. */
export function renameStage(draft: MapDraft, stageId: string, name: string): MapDraft {
  if (!draft.stages.some((stage) => stage.id === stageId)) return draft;
  return {
    ...draft,
    stages: draft.stages.map((stage) => (stage.id === stageId ? { ...stage, name } : stage)),
  };
}

/** Appends a stage named `Stage <n>` unless one is given; refused (draft unchanged) past the maximum. */
export function addStage(draft: MapDraft, name?: string): MapDraft {
  if (addStageRefusal(draft) !== null) return draft;
  const count = draft.stages.length + 1;
  const id = nextId(
    'stage',
    draft.stages.map((stage) => stage.id),
    count,
  );
  return { ...draft, stages: [...draft.stages, { id, name: name ?? `Stage ${count}` }] };
}

/** Refused (draft unchanged) at the minimum number of stages. */
export function removeStage(draft: MapDraft, stageId: string): MapDraft {
  if (removeStageRefusal(draft) !== null) return draft;
  const stages = draft.stages.filter((stage) => stage.id !== stageId);
  return stages.length === draft.stages.length ? draft : { ...draft, stages };
}

/** Moves a stage `offset` places to the right (negative: to the left); unchanged past either end. */
export function moveStage(draft: MapDraft, stageId: string, offset: number): MapDraft {
  const from = draft.stages.findIndex((stage) => stage.id === stageId);
  const stages = moveItem(draft.stages, from, offset);
  return stages === draft.stages ? draft : { ...draft, stages };
}
