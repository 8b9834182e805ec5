import { z } from 'zod';
import { EmotionScore } from './emotion.ts';
import { LaneKind } from './laneKind.ts';
import { NoteColor } from './noteColor.ts';

const Name = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(120, 'must be at most 120 characters');
const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must use letters, digits, - and _ only');

export const Stage = z.object({ id: Id, name: Name });
export type Stage = z.infer<typeof Stage>;

export const Lane = z.object({ id: Id, name: Name, kind: LaneKind });
export type Lane = z.infer<typeof Lane>;

export const Persona = z.object({
  name: z.string().trim().max(80),
  role: z.string().trim().max(120),
  goals: z.string().trim().max(400),
  frustrations: z.string().trim().max(400),
});
export type Persona = z.infer<typeof Persona>;

export const BusinessGoal = z.object({
  goal: z.string().trim().min(1).max(300),
  kpis: z.array(z.string().trim().min(1).max(120)).max(10),
});
export type BusinessGoal = z.infer<typeof BusinessGoal>;

export const Note = z.object({
  id: z.string().min(1),
  text: z.string(),
  stageId: z.string(),
  laneId: z.string(),
  emotion: EmotionScore.nullable(),
  color: NoteColor.nullable(),
  tags: z.array(z.string()),
  author: z.string().nullable(),
  votes: z.number().int().min(0),
});
export type Note = z.infer<typeof Note>;

export const UnplacedNote = z.object({
  id: z.string().min(1),
  text: z.string(),
  reason: z.string(),
});
export type UnplacedNote = z.infer<typeof UnplacedNote>;

export const JourneyMap = z.object({
  id: z.string().min(1),
  title: z.string(),
  structure: z.enum(['app', 'inferred']),
  stages: z.array(Stage),
  lanes: z.array(Lane),
  persona: Persona.nullable(),
  notes: z.array(Note),
  unplaced: z.array(UnplacedNote),
});
export type JourneyMap = z.infer<typeof JourneyMap>;

export { Id, Name };
