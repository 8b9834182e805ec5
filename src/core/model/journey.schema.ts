import * as z from 'zod/mini';
import { EmotionScore } from './emotion.ts';
import { LaneKind } from './laneKind.ts';
import { NoteColor } from './noteColor.ts';

const Name = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(120, 'must be at most 120 characters'),
  );
const Id = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(64),
    z.regex(/^[A-Za-z0-9_-]+$/, 'must use letters, digits, - and _ only'),
  );

export const Stage = z.object({
  id: Id,
  name: Name,
  /** The phase a stage belongs to, when a row of phases spans the row of stages. */
  phase: z.optional(Name),
});
export type Stage = z.infer<typeof Stage>;

export const Lane = z.object({
  id: Id,
  name: Name,
  kind: LaneKind,
  /** What the label says under its name, e.g. the question a lane asks. */
  description: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(400))),
  /** In a map told apart by a colour legend, the sticky colour of this lane's notes. */
  color: z.optional(NoteColor),
});
export type Lane = z.infer<typeof Lane>;

/** The most characters each field of a persona holds. */
export const PERSONA_LIMITS = { name: 80, role: 120, goals: 400, frustrations: 400 } as const;

export const Persona = z.object({
  name: z.string().check(z.trim(), z.maxLength(PERSONA_LIMITS.name)),
  role: z.string().check(z.trim(), z.maxLength(PERSONA_LIMITS.role)),
  goals: z.string().check(z.trim(), z.maxLength(PERSONA_LIMITS.goals)),
  frustrations: z.string().check(z.trim(), z.maxLength(PERSONA_LIMITS.frustrations)),
});
export type Persona = z.infer<typeof Persona>;

export const BusinessGoal = z.object({
  goal: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  kpis: z
    .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(120)))
    .check(z.maxLength(10)),
});
export type BusinessGoal = z.infer<typeof BusinessGoal>;

export const Note = z.object({
  id: z.string().check(z.minLength(1)),
  text: z.string(),
  stageId: z.string(),
  laneId: z.string(),
  emotion: z.nullable(EmotionScore),
  color: z.nullable(NoteColor),
  tags: z.array(z.string()),
  author: z.nullable(z.string()),
  votes: z.int().check(z.gte(0)),
  /** ISO timestamps, when the source gives them. */
  createdAt: z.nullable(z.string()),
  modifiedAt: z.nullable(z.string()),
});
export type Note = z.infer<typeof Note>;

export const UnplacedNote = z.object({
  id: z.string().check(z.minLength(1)),
  text: z.string(),
  reason: z.string(),
});
export type UnplacedNote = z.infer<typeof UnplacedNote>;

/** [x or y, width or height] on the board, top-left origin. */
const BoardSpan = z.tuple([z.number(), z.number()]);

/**
 * Where a map's cells are: one span per stage (`columns`) and one per lane (`rows`), in their
 * order. A horizontal map's columns are [x, width] and rows [y, height]; a `vertical` map (stages
 * down the left, lanes across the top) has [y, height] per stage and [x, width] per lane.
 */
export const MapGridArea = z.object({
  columns: z.array(BoardSpan),
  rows: z.array(BoardSpan),
  orientation: z.optional(z.enum(['horizontal', 'vertical'])),
});
export type MapGridArea = z.infer<typeof MapGridArea>;

export const JourneyMap = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  structure: z.enum(['app', 'inferred']),
  stages: z.array(Stage),
  lanes: z.array(Lane),
  persona: z.nullable(Persona),
  notes: z.array(Note),
  unplaced: z.array(UnplacedNote),
  grid: MapGridArea,
  /** The latest change to the frame or anything in it (ISO), when the source gives it. */
  modifiedAt: z.nullable(z.string()),
});
export type JourneyMap = z.infer<typeof JourneyMap>;

export { Id, Name };
