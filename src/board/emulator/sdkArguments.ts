import { z } from 'zod';
import { describeIssues } from '../../core/validation/describeIssues.ts';

/** Schemas of SDK call arguments other than item props. */
export const ItemRef = z.looseObject({ id: z.string().min(1) });
export const Key = z.string().min(1);
export const Message = z.string().min(1);
export const Area = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().positive(),
  height: z.number().positive(),
});
export const EmptySpaceRequest = Area.extend({ offset: z.number().min(0).optional() });
export const ViewportOptions = z.looseObject({ viewport: Area });
export const PanelOptions = z.looseObject({
  url: z.string().min(1),
  height: z.number().optional(),
});
export const Feature = z.enum(['timer', 'voting']);
export const TypeFilter = z.object({ type: z.union([z.string(), z.array(z.string())]).optional() });

/** Parses an argument of an SDK method, throwing `<method>: At <path>: …` on failure. */
export function parse<S extends z.ZodType>(schema: S, method: string, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(`${method}: ${describeIssues(result.error)}`);
  return result.data;
}
