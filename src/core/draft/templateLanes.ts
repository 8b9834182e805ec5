import type { Lane } from '../model/journey.schema.ts';
import type { MapDraft } from '../model/mapDraft.schema.ts';
import type { Template } from '../model/template.schema.ts';
import { addLaneRefusal, removeLane } from './laneEdits.ts';

/** A row of the lane picker: a lane of the draft, or a template lane left out of it. */
export type LaneChoice = { lane: Lane; picked: boolean; fromTemplate: boolean };

/**
 * Where an unpicked template lane goes back into `draft.lanes`: right after the nearest lane
 * before it in the template that the draft still has, or first when there is none.
 */
function pickIndex(template: Template, draft: MapDraft, laneId: string): number {
  const templateIndex = template.lanes.findIndex((lane) => lane.id === laneId);
  for (let i = templateIndex - 1; i >= 0; i -= 1) {
    const before = template.lanes[i];
    const index = draft.lanes.findIndex((lane) => lane.id === before?.id);
    if (index >= 0) return index + 1;
  }
  return 0;
}

/**
 * Picks a template lane back into the draft (at the place `laneChoices` shows it) or leaves it
 * out. Refused (draft unchanged) past the maximum number of lanes or for the last lane.
 */
export function toggleTemplateLane(
  draft: MapDraft,
  template: Template,
  laneId: string,
  picked: boolean,
): MapDraft {
  const lane = template.lanes.find((candidate) => candidate.id === laneId);
  if (!lane) return draft;
  const inDraft = draft.lanes.some((candidate) => candidate.id === laneId);
  if (!picked) return inDraft ? removeLane(draft, laneId) : draft;
  if (inDraft || addLaneRefusal(draft) !== null) return draft;
  const lanes = [...draft.lanes];
  lanes.splice(pickIndex(template, draft, laneId), 0, lane);
  return { ...draft, lanes };
}

/**
 * The draft's lanes in order, with each template lane it leaves out shown where picking it
 * would put it back, so a row stays in place when its checkbox is toggled (as long as the
 * template's lanes keep the template's order).
 */
export function laneChoices(template: Template, draft: MapDraft): LaneChoice[] {
  const templateIds = new Set(template.lanes.map((lane) => lane.id));
  const draftIds = new Set(draft.lanes.map((lane) => lane.id));
  const unpicked = template.lanes
    .filter((lane) => !draftIds.has(lane.id))
    .map((lane) => ({ lane, at: pickIndex(template, draft, lane.id) }));
  const choices: LaneChoice[] = [];
  for (let i = 0; i <= draft.lanes.length; i += 1) {
    for (const { lane } of unpicked.filter((entry) => entry.at === i))
      choices.push({ lane, picked: false, fromTemplate: true });
    const lane = draft.lanes[i];
    if (lane) choices.push({ lane, picked: true, fromTemplate: templateIds.has(lane.id) });
  }
  return choices;
}
