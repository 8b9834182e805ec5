import type { Lane } from '../model/journey.schema.ts';
import { LANE_KIND_NAMES } from '../model/laneKind.ts';
import type { LaneKind } from '../model/laneKind.ts';
import type { MapDraft } from '../model/mapDraft.schema.ts';
import type { Template } from '../model/template.schema.ts';
import { MAX_LANES } from '../model/template.schema.ts';
import { moveItem } from './moveItem.ts';
import { nextId } from './nextId.ts';

const MIN_LANES = 1;

/** Why another lane cannot be added, or null when it can. */
export function addLaneRefusal(draft: MapDraft): string | null {
  return draft.lanes.length >= MAX_LANES ? `A map can have at most ${MAX_LANES} lanes.` : null;
}

/** Why a lane cannot be removed, or null when it can. */
export function removeLaneRefusal(draft: MapDraft): string | null {
  return draft.lanes.length <= MIN_LANES ? 'A map needs at least one lane.' : null;
}

/** Names are kept as typed; the draft is validated (and trimmed) when the map is inserted. */
export function renameLane(draft: MapDraft, laneId: string, name: string): MapDraft {
  if (!draft.lanes.some((lane) => lane.id === laneId)) return draft;
  return {
    ...draft,
    lanes: draft.lanes.map((lane) => (lane.id === laneId ? { ...lane, name } : lane)),
  };
}

/**
 * Appends a lane the template does not have. Its id avoids the template's lane ids too, so a
 * template lane picked later cannot clash with it. A blank name becomes the kind's name.
 */
export function addLane(
  draft: MapDraft,
  template: Template,
  lane: { name: string; kind: LaneKind },
): MapDraft {
  if (addLaneRefusal(draft) !== null) return draft;
  const taken = [...draft.lanes, ...template.lanes].map((existing) => existing.id);
  const added: Lane = {
    id: nextId('lane', taken, draft.lanes.length + 1),
    name: lane.name.trim() === '' ? LANE_KIND_NAMES[lane.kind] : lane.name,
    kind: lane.kind,
  };
  return { ...draft, lanes: [...draft.lanes, added] };
}

/** Refused (draft unchanged) for the last lane. */
export function removeLane(draft: MapDraft, laneId: string): MapDraft {
  if (removeLaneRefusal(draft) !== null) return draft;
  const lanes = draft.lanes.filter((lane) => lane.id !== laneId);
  return lanes.length === draft.lanes.length ? draft : { ...draft, lanes };
}

/** Moves a lane `offset` places down (negative: up); unchanged past either end. */
export function moveLane(draft: MapDraft, laneId: string, offset: number): MapDraft {
  const from = draft.lanes.findIndex((lane) => lane.id === laneId);
  const lanes = moveItem(draft.lanes, from, offset);
  return lanes === draft.lanes ? draft : { ...draft, lanes };
}
