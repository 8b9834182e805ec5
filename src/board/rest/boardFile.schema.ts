import { z } from 'zod';
import type { LenientFields, Read } from './lenientFields.ts';
import {
  CARD_DEFAULTS,
  CONNECTOR_DEFAULTS,
  DEFAULT_TAG_COLOR,
  FRAME_DEFAULTS,
  SHAPE_DEFAULTS,
  TEXT_DEFAULTS,
} from '../miroRules/limits.ts';
import { LENIENT_FIELDS, lenientEnum, unknownValuesIn } from './lenientFields.ts';

/**
 * Items as Miro's REST API v2 lists them (`GET /v2/boards/{id}/items`), connectors
 * (`/connectors`) and tags (`/tags`). Objects are loose: fields we do not use pass through
 * unchecked; fields we use are checked, except that a field of `LENIENT_FIELDS` reads a value it
 * does not know as its default. Style sizes and opacities are strings in REST.
 */

export const RestId = z.string().regex(/^\d+$/, 'must be a string of digits');

/** `"14"`, `"2.0"`; a plain number is accepted too. Parses to a finite number. */
export const NumberString = z
  .union([z.string(), z.number()], { error: 'expected a number written as a string, such as "14"' })
  .transform((value, context) => {
    const number = typeof value === 'number' ? value : Number(value);
    if ((typeof value === 'string' && value.trim() === '') || !Number.isFinite(number)) {
      context.issues.push({
        code: 'custom',
        message: `expected a number written as a string, such as "14", received ${JSON.stringify(value)}`,
        input: value,
      });
      return z.NEVER;
    }
    return number;
  });

export const RestPosition = z.looseObject({
  x: z.number(),
  y: z.number(),
  origin: z.literal('center').optional(),
  relativeTo: z.enum(['canvas_center', 'parent_top_left']).optional(),
});

const size = z.number().positive();
const rotation = z.number().optional();
const RestGeometry = z.looseObject({ width: size, height: size, rotation });
const RestUser = z.looseObject({ id: z.string(), type: z.string().optional() });
const RestRef = z.looseObject({ id: RestId });

/** Timestamps and users are optional so that hand-written files need not invent them. */
const envelope = {
  id: RestId,
  position: RestPosition,
  geometry: RestGeometry,
  parent: RestRef.nullish(),
  createdAt: z.string().optional(),
  createdBy: RestUser.optional(),
  modifiedAt: z.string().optional(),
  modifiedBy: RestUser.optional(),
};

/** Not a REST field (list items carry no tags); a board file may hold them. */
const tagIds = z.array(RestId).default([]);

const stickyFields = LENIENT_FIELDS.sticky_note;
export const RestStickyNote = z.looseObject({
  ...envelope,
  type: z.literal('sticky_note'),
  data: z.looseObject({
    content: z.string().default(''),
    shape: lenientEnum(stickyFields.data.shape),
  }),
  style: z
    .looseObject({
      fillColor: lenientEnum(stickyFields.style.fillColor),
      textAlign: lenientEnum(stickyFields.style.textAlign),
      textAlignVertical: lenientEnum(stickyFields.style.textAlignVertical),
    })
    .prefault({}),
  geometry: z.looseObject({ width: size, height: size.optional(), rotation }),
  tagIds,
});

const shapeFields = LENIENT_FIELDS.shape;
export const RestShape = z.looseObject({
  ...envelope,
  type: z.literal('shape'),
  data: z.looseObject({
    content: z.string().default(''),
    shape: z.string().default(SHAPE_DEFAULTS.shape),
  }),
  style: z
    .looseObject({
      fillColor: z.string().default(SHAPE_DEFAULTS.style.fillColor),
      fillOpacity: NumberString.default(SHAPE_DEFAULTS.style.fillOpacity),
      fontFamily: z.string().default(SHAPE_DEFAULTS.style.fontFamily),
      fontSize: NumberString.default(SHAPE_DEFAULTS.style.fontSize),
      borderColor: z.string().default(SHAPE_DEFAULTS.style.borderColor),
      borderWidth: NumberString.default(SHAPE_DEFAULTS.style.borderWidth),
      borderOpacity: NumberString.default(SHAPE_DEFAULTS.style.borderOpacity),
      borderStyle: lenientEnum(shapeFields.style.borderStyle),
      color: z.string().default(SHAPE_DEFAULTS.style.color),
      textAlign: lenientEnum(shapeFields.style.textAlign),
      textAlignVertical: lenientEnum(shapeFields.style.textAlignVertical),
    })
    .prefault({}),
});

export const RestText = z.looseObject({
  ...envelope,
  type: z.literal('text'),
  data: z.looseObject({ content: z.string().default('') }),
  style: z
    .looseObject({
      color: z.string().default(TEXT_DEFAULTS.style.color),
      fillColor: z.string().default(TEXT_DEFAULTS.style.fillColor),
      fillOpacity: NumberString.default(TEXT_DEFAULTS.style.fillOpacity),
      fontFamily: z.string().default(TEXT_DEFAULTS.style.fontFamily),
      fontSize: NumberString.default(TEXT_DEFAULTS.style.fontSize),
      textAlign: lenientEnum(LENIENT_FIELDS.text.style.textAlign),
    })
    .prefault({}),
  /** Miro derives a text's height from its content; without one, it is estimated. */
  geometry: z.looseObject({ width: size, height: size.optional(), rotation }),
});

export const RestFrame = z.looseObject({
  ...envelope,
  type: z.literal('frame'),
  data: z.looseObject({
    title: z.string().default(''),
    format: z.string().optional(),
    type: z.string().optional(),
    showContent: z.boolean().optional(),
  }),
  style: z.looseObject({ fillColor: z.string().default(FRAME_DEFAULTS.fillColor) }).prefault({}),
});

export const RestCard = z.looseObject({
  ...envelope,
  type: z.literal('card'),
  data: z.looseObject({
    title: z.string().default(''),
    description: z.string().default(''),
    dueDate: z.string().optional(),
    assigneeId: z.string().optional(),
  }),
  style: z.looseObject({ cardTheme: z.string().default(CARD_DEFAULTS.cardTheme) }).prefault({}),
  tagIds,
});

/** Any other type (image, embed, app_card, document, …): kept only to be reported and left out. */
export const RestUnsupported = z
  .looseObject({
    id: RestId,
    type: z.string(),
    parent: RestRef.nullish(),
    position: RestPosition.optional().catch(undefined),
    geometry: z.looseObject({ width: z.number(), height: z.number() }).optional().catch(undefined),
  })
  .transform(({ id, type, parent, position, geometry }) => ({
    id,
    type: 'unsupported' as const,
    restType: type,
    parent,
    position,
    geometry,
  }));

export type RestStickyNote = z.output<typeof RestStickyNote>;
export type RestShape = z.output<typeof RestShape>;
export type RestText = z.output<typeof RestText>;
export type RestFrame = z.output<typeof RestFrame>;
export type RestCard = z.output<typeof RestCard>;
export type RestUnsupported = z.output<typeof RestUnsupported>;
export type RestSupportedItem = RestStickyNote | RestShape | RestText | RestFrame | RestCard;
export type RestItem = RestSupportedItem | RestUnsupported;

/**
 * Parses `input` with `schema`, reporting its issues as the caller's (paths stay relative), and
 * finds the strings in it that its lenient `fields` do not know.
 */
function read<S extends z.ZodType>(
  schema: S,
  fields: LenientFields,
  input: unknown,
  context: z.core.$RefinementCtx,
): Read<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { value: result.data, unknownValues: unknownValuesIn(fields, input) };
  for (const issue of result.error.issues) context.issues.push({ ...issue, input: undefined });
  return z.NEVER;
}

/**
 * One item of any type, with the values in it read as defaults; the schema is chosen by `type`,
 * so errors name the item's own fields.
 */
export const RestItemRead = z
  .looseObject({ type: z.string() })
  .transform((item, context): Read<RestItem> => {
    switch (item.type) {
      case 'sticky_note':
        return read(RestStickyNote, LENIENT_FIELDS.sticky_note, item, context);
      case 'shape':
        return read(RestShape, LENIENT_FIELDS.shape, item, context);
      case 'text':
        return read(RestText, LENIENT_FIELDS.text, item, context);
      case 'frame':
        return read(RestFrame, {}, item, context);
      case 'card':
        return read(RestCard, {}, item, context);
      default:
        return read(RestUnsupported, {}, item, context);
    }
  });

const connectorFields = LENIENT_FIELDS.connector;
export const RestConnector = z.looseObject({
  id: RestId,
  type: z.literal('connector').optional(),
  startItem: RestRef.nullish(),
  endItem: RestRef.nullish(),
  shape: lenientEnum(connectorFields.shape),
  style: z
    .looseObject({
      strokeColor: z.string().default(CONNECTOR_DEFAULTS.strokeColor),
      strokeWidth: NumberString.default(CONNECTOR_DEFAULTS.strokeWidth),
      strokeStyle: lenientEnum(connectorFields.style.strokeStyle),
      startStrokeCap: lenientEnum(connectorFields.style.startStrokeCap),
      endStrokeCap: lenientEnum(connectorFields.style.endStrokeCap),
    })
    .prefault({}),
  captions: z.array(z.looseObject({ content: z.string().default('') })).default([]),
  createdAt: z.string().optional(),
  createdBy: RestUser.optional(),
  modifiedAt: z.string().optional(),
  modifiedBy: RestUser.optional(),
});
export type RestConnector = z.output<typeof RestConnector>;

/** One connector, with the values in it read as defaults. */
export const RestConnectorRead = z
  .unknown()
  .transform((connector, context) =>
    read(RestConnector, LENIENT_FIELDS.connector, connector, context),
  );

export const RestTag = z.looseObject({
  id: RestId,
  type: z.literal('tag').optional(),
  title: z.string(),
  fillColor: z.string().default(DEFAULT_TAG_COLOR),
});
export type RestTag = z.output<typeof RestTag>;

const JsonRecord = z.record(z.string(), z.json());

/**
 * Our own key beside `data`, absent from a real Miro dump: what the REST format cannot hold,
 * so that a sandbox board exported and imported again comes back the same.
 */
export const JourneyMapperExtension = z.looseObject({
  /**
   * Where the file's maps keep their structure: `itemMetadata`, in records on their own items
   * (DESIGN §3.1). Absent from files saved before, whose maps kept it in `appData` under
   * `map:<frame id>` and tags on their headers: those structures are set aside on import.
   */
  mapRecords: z.literal('itemMetadata').optional(),
  appData: JsonRecord.default({}),
  /** This app's metadata, by item or connector id. */
  metadata: z.record(RestId, JsonRecord).default({}),
  /** Top-left based, as `viewport.get()` returns it. */
  viewport: z.object({ x: z.number(), y: z.number(), width: size, height: size }).optional(),
  nextId: RestId.optional(),
});
export type JourneyMapperExtension = z.output<typeof JourneyMapperExtension>;

/** One page of `GET /v2/boards/{id}/items`, optionally with the board's connectors and tags. */
export const RestPage = z.looseObject({
  data: z.array(RestItemRead),
  connectors: z.array(RestConnectorRead).optional(),
  tags: z.array(RestTag).optional(),
  journeyMapper: JourneyMapperExtension.optional(),
});

export const RestItemList = z.array(RestItemRead);
export const RestPageList = z.array(RestPage);

/** A board file of any of the three shapes, normalised. */
export type BoardFile = {
  items: RestItem[];
  connectors: RestConnector[];
  tags: RestTag[];
  journeyMapper?: JourneyMapperExtension;
};

/** A board file or live board as read, with one warning for each value read as a default. */
export type BoardFileRead = { file: BoardFile; warnings: string[] };

export type RestItemJson =
  | z.input<typeof RestStickyNote>
  | z.input<typeof RestShape>
  | z.input<typeof RestText>
  | z.input<typeof RestFrame>
  | z.input<typeof RestCard>;

/** A board file as written: one page with everything beside `data`. */
export type BoardFileJson = {
  data: RestItemJson[];
  connectors: z.input<typeof RestConnector>[];
  tags: z.input<typeof RestTag>[];
  journeyMapper: z.input<typeof JourneyMapperExtension>;
};
