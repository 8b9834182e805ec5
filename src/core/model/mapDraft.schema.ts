import { z } from 'zod';
import { Id, Lane, Name, Persona, Stage } from './journey.schema.ts';
import { MAX_LANES, MAX_STAGES, MIN_STAGES } from './template.schema.ts';

const uniqueBy =
  <T>(key: (item: T) => string, what: string) =>
  (items: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const value = key(item);
      if (seen.has(value))
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `${what} "${value}" appears twice`,
        });
      seen.add(value);
    });
  };

/** A template as the user customised it before inserting. */
export const MapDraft = z.object({
  templateId: Id,
  title: Name,
  stages: z
    .array(Stage)
    .min(MIN_STAGES, `a map needs at least ${MIN_STAGES} stages`)
    .max(MAX_STAGES, `a map can have at most ${MAX_STAGES} stages`)
    .superRefine(uniqueBy((stage) => stage.id, 'stage id')),
  lanes: z
    .array(Lane)
    .min(1, 'a map needs at least one lane')
    .max(MAX_LANES, `a map can have at most ${MAX_LANES} lanes`)
    .superRefine(uniqueBy((lane) => lane.id, 'lane id')),
  persona: Persona,
  includeSamples: z.boolean(),
});
export type MapDraft = z.infer<typeof MapDraft>;
