import * as z from 'zod/mini';
import { EmotionScore } from './emotion.ts';
import { BusinessGoal, Id, Lane, Name, Persona, Stage } from './journey.schema.ts';
import { NoteColor } from './noteColor.ts';

/** The fewest and most stages a map can be drawn with. */
export const MIN_STAGES = 3;
export const MAX_STAGES = 12;
/** The range of stages the panel and the report advise (DESIGN §1: 5–10 main stages). */
export const ADVISED_MIN_STAGES = 5;
export const ADVISED_MAX_STAGES = 10;
export const MAX_LANES = 16;
export const MAX_SAMPLES_PER_CELL = 6;

export const MAP_TYPES = [
  'currentState',
  'futureState',
  'dayInTheLife',
  'serviceBlueprint',
  'example',
] as const;
export const MapType = z.enum(MAP_TYPES);
export type MapType = z.infer<typeof MapType>;

export const SampleNote = z.object({
  stage: Id,
  lane: Id,
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  emotion: z.optional(EmotionScore),
  color: z.optional(NoteColor),
});
export type SampleNote = z.infer<typeof SampleNote>;

/** A labelled horizontal line drawn right below lane `below` (service blueprint). */
export const DividerLine = z.object({ below: Id, name: Name });
export type DividerLine = z.infer<typeof DividerLine>;

const uniqueIds = (items: readonly { id: string }[]) =>
  new Set(items.map((item) => item.id)).size === items.length;

export const Template = z
  .object({
    id: Id,
    version: z.int().check(z.gte(1)),
    name: Name,
    mapType: MapType,
    description: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
    title: Name,
    stages: z.array(Stage).check(z.minLength(MIN_STAGES), z.maxLength(MAX_STAGES)),
    lanes: z.array(Lane).check(z.minLength(1), z.maxLength(MAX_LANES)),
    persona: z.nullable(Persona),
    businessGoal: z.nullable(BusinessGoal),
    dividers: z.array(DividerLine),
    samples: z.array(SampleNote),
  })
  .check((ctx) => {
    const template = ctx.value;
    const addIssue = (issue: { path: PropertyKey[]; message: string }) =>
      ctx.issues.push({ code: 'custom', input: template, ...issue });
    if (!uniqueIds(template.stages))
      addIssue({ path: ['stages'], message: 'stage ids must be unique' });
    if (!uniqueIds(template.lanes))
      addIssue({ path: ['lanes'], message: 'lane ids must be unique' });
    const stageIds = new Set(template.stages.map((stage) => stage.id));
    const lanesById = new Map(template.lanes.map((lane) => [lane.id, lane]));
    if (template.mapType !== 'example' && template.samples.length > 0)
      addIssue({ path: ['samples'], message: 'only worked examples carry sample notes' });
    const perCell = new Map<string, number>();
    template.samples.forEach((sample, index) => {
      if (!stageIds.has(sample.stage))
        addIssue({ path: ['samples', index, 'stage'], message: `unknown stage "${sample.stage}"` });
      const lane = lanesById.get(sample.lane);
      if (!lane)
        addIssue({ path: ['samples', index, 'lane'], message: `unknown lane "${sample.lane}"` });
      if (lane?.kind === 'emotions' && sample.emotion === undefined)
        addIssue({
          path: ['samples', index, 'emotion'],
          message: 'a note in the emotions lane needs an emotion score',
        });
      const cell = `${sample.stage}/${sample.lane}`;
      const count = (perCell.get(cell) ?? 0) + 1;
      perCell.set(cell, count);
      if (count === MAX_SAMPLES_PER_CELL + 1)
        addIssue({
          path: ['samples', index],
          message: `cell ${cell} holds more than ${MAX_SAMPLES_PER_CELL} sample notes`,
        });
    });
    template.dividers.forEach((divider, index) => {
      const laneIndex = template.lanes.findIndex((lane) => lane.id === divider.below);
      if (laneIndex < 0 || laneIndex === template.lanes.length - 1)
        addIssue({
          path: ['dividers', index, 'below'],
          message: `"${divider.below}" is not a lane with another lane below it`,
        });
    });
  });
export type Template = z.infer<typeof Template>;
