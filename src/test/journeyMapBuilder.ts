import type { EmotionScore } from '../core/model/emotion.ts';
import type { JourneyMap, Note, Persona } from '../core/model/journey.schema.ts';
import type { LaneKind } from '../core/model/laneKind.ts';
import { LANE_KIND_NAMES } from '../core/model/laneKind.ts';

/** A note in the cell of a stage and a lane, by their ids; the rest has plain defaults. */
export type NoteSpec = {
  stage: string;
  lane: string;
  text?: string;
  emotion?: EmotionScore;
  votes?: number;
  tags?: string[];
};

export type MapSpec = {
  id?: string;
  title?: string;
  /** Stage names; a stage's id is its name lowercased with spaces as "-". */
  stages: string[];
  /** Lane kinds; a lane's id is its kind, its name the kind's usual name. */
  lanes: LaneKind[];
  persona?: Persona | null;
  notes?: NoteSpec[];
  modifiedAt?: string | null;
};

export const MAYA: Persona = {
  name: 'Maya',
  role: 'Working parent',
  goals: 'Shop in twenty minutes',
  frustrations: 'Vanishing delivery slots',
};

export function stageId(name: string): string {
  return name.toLowerCase().replace(/\s+/g, '-');
}

/** One read-back note in the cell of a stage and a lane, by their ids; text defaults to the id. */
export function note(
  id: string,
  stageId: string,
  laneId: string,
  overrides: Partial<Note> = {},
): Note {
  return {
    id,
    text: id,
    stageId,
    laneId,
    emotion: null,
    color: null,
    tags: [],
    author: null,
    votes: 0,
    createdAt: null,
    modifiedAt: null,
    ...overrides,
  };
}

/** A read-back map built from a short spec; notes get ids n1, n2, … in order. */
export function journeyMap(spec: MapSpec): JourneyMap {
  const notes = (spec.notes ?? []).map((noteSpec, index) =>
    note(`n${index + 1}`, noteSpec.stage, noteSpec.lane, {
      text: noteSpec.text ?? `note ${index + 1}`,
      emotion: noteSpec.emotion ?? null,
      tags: noteSpec.tags ?? [],
      votes: noteSpec.votes ?? 0,
    }),
  );
  return {
    id: spec.id ?? 'map-1',
    title: spec.title ?? 'Journey',
    structure: 'app',
    stages: spec.stages.map((name) => ({ id: stageId(name), name })),
    lanes: spec.lanes.map((kind) => ({ id: kind, name: LANE_KIND_NAMES[kind], kind })),
    persona: spec.persona === undefined ? MAYA : spec.persona,
    notes,
    unplaced: [],
    grid: { columns: spec.stages.map(() => [0, 0]), rows: spec.lanes.map(() => [0, 0]) },
    modifiedAt: spec.modifiedAt ?? null,
  };
}

/** Five stages, a-e, with emotions, touchpoints, pain points and opportunities lanes. */
export const FIVE_STAGES = ['a', 'b', 'c', 'd', 'e'];
export const FULL_LANES: LaneKind[] = ['touchpoints', 'emotions', 'painPoints', 'opportunities'];

/** A map that passes every health check: each stage has a touchpoint and emotions −1 … +2. */
export function healthyMap(overrides: Partial<MapSpec> = {}): JourneyMap {
  const scores: EmotionScore[] = [1, -1, 0, 2, 1];
  const notes: NoteSpec[] = FIVE_STAGES.flatMap((stage, i) => [
    { stage, lane: 'touchpoints', text: `touchpoint ${stage}` },
    { stage, lane: 'emotions', emotion: scores[i] ?? 0 },
  ]);
  return journeyMap({ stages: FIVE_STAGES, lanes: FULL_LANES, notes, ...overrides });
}
