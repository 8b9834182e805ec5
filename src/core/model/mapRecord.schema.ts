import * as z from 'zod/mini';
import { Id } from './journey.schema.ts';
import { LaneKind } from './laneKind.ts';

/**
 * Ties the records of one inserted map together, so a header pasted in from another map is not
 * taken for one of this map's own. Letters, digits, `-` and `_`.
 */
export const MapKey = z
  .string()
  .check(z.minLength(1), z.maxLength(24), z.regex(/^[A-Za-z0-9_-]+$/));

/** A stage's or lane's place in the map as inserted, from 0. */
const Order = z.int().check(z.gte(0), z.lte(99));

const v = z.literal(2);

/**
 * What one item of an inserted map records about itself (DESIGN §3.1), in the item's metadata:
 * each well under Miro's 256 bytes. The grid is not recorded: it is derived from where the
 * headers and labels are when the board is read.
 */
export const MapRecord = z.discriminatedUnion('role', [
  z.object({
    v,
    role: z.literal('title'),
    map: MapKey,
    template: Id,
    version: z.int().check(z.gte(1)),
  }),
  z.object({ v, role: z.literal('stage'), map: MapKey, id: Id, order: Order }),
  z.object({ v, role: z.literal('lane'), map: MapKey, id: Id, kind: LaneKind, order: Order }),
  z.object({ v, role: z.literal('persona'), map: MapKey }),
  z.object({ v, role: z.literal('goal'), map: MapKey }),
  /** The title of a map's summary frame; `of` is the summarised map's id (its frame's id). */
  z.object({ v, role: z.literal('summary'), map: MapKey, of: Id }),
]);
export type MapRecord = z.infer<typeof MapRecord>;

type WithoutMap<T> = T extends unknown ? Omit<T, 'map'> : never;

/** A record as the layout plans it: the board adapter adds the map key when it writes it. */
export type PlanRecord = WithoutMap<MapRecord>;

/**
 * The tags maps inserted before records were kept on items (structure in board app data); read
 * as records of one map with no key, their order taken from where they are.
 */
const LegacyTag = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('title'), templateId: Id, templateVersion: z.int() }),
  z.strictObject({ role: z.literal('stage'), id: Id }),
  z.strictObject({ role: z.literal('lane'), id: Id, kind: LaneKind }),
]);

/** The key shared by every legacy tag. */
export const LEGACY_MAP_KEY = 'legacy';

/** A record, or a legacy tag read as one. */
export const StoredMapRecord = z.union([
  MapRecord,
  z.pipe(
    LegacyTag,
    z.transform((tag): MapRecord => {
      switch (tag.role) {
        case 'title':
          return {
            v: 2,
            role: 'title',
            map: LEGACY_MAP_KEY,
            template: tag.templateId,
            version: Math.max(1, tag.templateVersion),
          };
        case 'stage':
          return { v: 2, role: 'stage', map: LEGACY_MAP_KEY, id: tag.id, order: 0 };
        case 'lane':
          return { v: 2, role: 'lane', map: LEGACY_MAP_KEY, id: tag.id, kind: tag.kind, order: 0 };
      }
    }),
  ),
]);
