import { z } from 'zod';
import { EmotionScore } from './emotion.ts';
import { BusinessGoal, Id, Lane, Name, Persona, Stage } from './journey.schema.ts';
import { NoteColor } from './noteColor.ts';

export const MIN_STAGES = 3;
export const MAX_STAGES = 12;
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
  text: z.string().trim().min(1).max(500),
  emotion: EmotionScore.optional(),
  color: NoteColor.optional(),
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
    version: z.number().int().min(1),
    name: Name,
    mapType: MapType,
    description: z.string().trim().min(1).max(300),
    title: Name,
    stages: z.array(Stage).min(MIN_STAGES).max(MAX_STAGES),
    lanes: z.array(Lane).min(1).max(MAX_LANES),
    persona: Persona.nullable(),
    businessGoal: BusinessGoal.nullable(),
    dividers: z.array(DividerLine),
    samples: z.array(SampleNote),
  })
  .superRefine((template, ctx) => {
    if (!uniqueIds(template.stages))
      ctx.addIssue({ code: 'custom', path: ['stages'], message: 'stage ids must be unique' });
    if (!uniqueIds(template.lanes))
      ctx.addIssue({ code: 'custom', path: ['lanes'], message: 'lane ids must be unique' });
    const stageIds = new Set(template.stages.map((stage) => stage.id));
    const lanesById = new Map(template.lanes.map((lane) => [lane.id, lane]));
    if (template.mapType !== 'example' && template.samples.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['samples'],
        message: 'only worked examples carry sample notes',
      });
    const perCell = new Map<string, number>();
    template.samples.forEach((sample, index) => {
      if (!stageIds.has(sample.stage))
        ctx.addIssue({
          code: 'custom',
          path: ['samples', index, 'stage'],
          message: `unknown stage "${sample.stage}"`,
        });
      const lane = lanesById.get(sample.lane);
      if (!lane)
        ctx.addIssue({
          code: 'custom',
          path: ['samples', index, 'lane'],
          message: `unknown lane "${sample.lane}"`,
        });
      if (lane?.kind === 'emotions' && sample.emotion === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['samples', index, 'emotion'],
          message: 'a note in the emotions lane needs an emotion score',
        });
      const cell = `${sample.stage}/${sample.lane}`;
      const count = (perCell.get(cell) ?? 0) + 1;
      perCell.set(cell, count);
      if (count === MAX_SAMPLES_PER_CELL + 1)
        ctx.addIssue({
          code: 'custom',
          path: ['samples', index],
          message: `cell ${cell} holds more than ${MAX_SAMPLES_PER_CELL} sample notes`,
        });
    });
    template.dividers.forEach((divider, index) => {
      const laneIndex = template.lanes.findIndex((lane) => lane.id === divider.below);
      if (laneIndex < 0 || laneIndex === template.lanes.length - 1)
        ctx.addIssue({
          code: 'custom',
          path: ['dividers', index, 'below'],
          message: `"${divider.below}" is not a lane with another lane below it`,
        });
    });
  });
export type Template = z.infer<typeof Template>;
