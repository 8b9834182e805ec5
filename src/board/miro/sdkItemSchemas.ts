import * as z from 'zod/mini';

/**
 * What the reader takes from the items `board.get` returns: only the fields readback needs, each
 * checked, unknown fields kept out. Style fields are optional so an item drawn by Miro's own UI
 * with an unexpected style still reads.
 */
const common = {
  id: z.string().check(z.minLength(1)),
  x: z.number(),
  y: z.number(),
  width: z.number().check(z.gte(0)),
  height: z.number().check(z.gte(0)),
  parentId: z.nullish(z.string().check(z.minLength(1))),
  createdAt: z.optional(z.string()),
  createdBy: z.optional(z.string()),
  modifiedAt: z.optional(z.string()),
};

const tagIds = z.optional(z.array(z.string()));
const colorField = z.optional(z.string());

export const SdkReadItem = z.discriminatedUnion('type', [
  z.object({ ...common, type: z.literal('frame'), title: z.string() }),
  z.object({
    ...common,
    type: z.literal('sticky_note'),
    content: z.string(),
    style: z.optional(z.object({ fillColor: colorField })),
    tagIds,
  }),
  z.object({
    ...common,
    type: z.literal('card'),
    title: z.string(),
    description: z.optional(z.string()),
    style: z.optional(z.object({ cardTheme: colorField })),
    tagIds,
  }),
  z.object({
    ...common,
    type: z.literal('shape'),
    content: z.string(),
    style: z.optional(z.object({ fillColor: colorField, fontSize: z.optional(z.number()) })),
  }),
  z.object({
    ...common,
    type: z.literal('text'),
    content: z.string(),
    style: z.optional(z.object({ fillColor: colorField, fontSize: z.optional(z.number()) })),
  }),
]);
export type SdkReadItem = z.infer<typeof SdkReadItem>;

export const SdkReadTag = z.object({ id: z.string().check(z.minLength(1)), title: z.string() });

/** An item of the selection: frames by type, other items by the frame they belong to. */
export const SdkSelectedItem = z.object({
  id: z.string(),
  type: z.string(),
  parentId: z.nullish(z.string()),
});

export const SdkAppData = z.record(z.string(), z.unknown());

/** Miro's voting sessions, as far as readback uses them. */
export const SdkVotingResults = z.array(
  z.object({
    createdAt: z.string(),
    results: z.array(z.object({ itemId: z.string(), count: z.int().check(z.gte(0)) })),
  }),
);

/** Where a frame is, as `board.get` lists it: centre and size in board coordinates. */
export const SdkFrameGeometry = z.object({
  id: z.string(),
  type: z.literal('frame'),
  x: z.number(),
  y: z.number(),
  width: z.number().check(z.gt(0)),
  height: z.number().check(z.gt(0)),
});
