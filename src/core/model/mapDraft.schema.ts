import * as z from 'zod/mini';
import { Id, Lane, Name, Persona, Stage } from './journey.schema.ts';
import { MAX_LANES, MAX_STAGES, MIN_STAGES } from './template.schema.ts';

function uniqueBy<T>(key: (item: T) => string, what: string) {
  return (ctx: z.core.ParsePayload<T[]>) => {
    const seen = new Set<string>();
    ctx.value.forEach((item, index) => {
      const value = key(item);
      if (seen.has(value))
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          path: [index],
          message: `${what} "${value}" appears twice`,
        });
      seen.add(value);
    });
  };
}

/** A template as the user customised it before inserting. */
export const MapDraft = z.object({
  templateId: Id,
  title: Name,
  stages: z.array(Stage).check(
    z.minLength(MIN_STAGES, `a map needs at least ${MIN_STAGES} stages`),
    z.maxLength(MAX_STAGES, `a map can have at most ${MAX_STAGES} stages`),
    uniqueBy((stage: Stage) => stage.id, 'stage id'),
  ),
  lanes: z.array(Lane).check(
    z.minLength(1, 'a map needs at least one lane'),
    z.maxLength(MAX_LANES, `a map can have at most ${MAX_LANES} lanes`),
    uniqueBy((lane: Lane) => lane.id, 'lane id'),
  ),
  persona: Persona,
  includeSamples: z.boolean(),
});
export type MapDraft = z.infer<typeof MapDraft>;
