import * as z from 'zod/mini';
import { Id, Lane, Stage } from './journey.schema.ts';

/** [x or y, width or height] in frame-local units from the frame's top-left corner. */
const Span = z.tuple([z.number(), z.number().check(z.positive())]);

/**
 * What an inserted map records about itself (DESIGN §3.1), in board app data keyed by the frame
 * id. Columns follow `stages`, rows follow `lanes`.
 */
export const MapStructure = z
  .object({
    v: z.literal(1),
    templateId: Id,
    templateVersion: z.int().check(z.gte(1)),
    stages: z.array(Stage).check(z.minLength(1)),
    lanes: z.array(Lane).check(z.minLength(1)),
    grid: z.object({ columns: z.array(Span), rows: z.array(Span) }),
  })
  .check(
    z.refine((s) => s.grid.columns.length === s.stages.length, {
      message: 'one grid column per stage',
      path: ['grid', 'columns'],
    }),
    z.refine((s) => s.grid.rows.length === s.lanes.length, {
      message: 'one grid row per lane',
      path: ['grid', 'rows'],
    }),
  );
export type MapStructure = z.infer<typeof MapStructure>;

/** The small tag written on a map's header items so the structure survives a frame duplicate. */
export const HeaderTag = z.discriminatedUnion('role', [
  z.object({ role: z.literal('title'), templateId: Id, templateVersion: z.int() }),
  z.object({ role: z.literal('stage'), id: Id }),
  z.object({ role: z.literal('lane'), id: Id, kind: Lane.shape.kind }),
]);
export type HeaderTag = z.infer<typeof HeaderTag>;
