import type { AppData } from '@mirohq/websdk-types';
import { z } from 'zod';
import {
  borderStyle,
  content,
  fillColor,
  hexColor,
  opacity,
  size,
  tagIds,
  textAlign,
  textAlignVertical,
} from '../miroRules/fieldSchemas.ts';
import { CONNECTOR_DEFAULTS, MIN_FRAME_SIZE, STICKY_NOTE_COLORS } from '../miroRules/limits.ts';
import {
  CONNECTOR_SHAPES,
  FONT_FAMILIES,
  SHAPE_TYPES,
  STROKE_CAPS,
  STROKE_STYLES,
  TAG_COLORS,
} from '../miroRules/sdkEnums.ts';
import { TagTitle } from './TagStore.ts';

/**
 * Records as the emulator stores them: complete (no defaults) and with no unknown keys. The
 * record types (StoredItem.ts) are inferred from these.
 */
const id = z.string().min(1);
const timestamp = z.string().min(1);
export const AppDataSchema: z.ZodType<AppData> = z.record(z.string(), z.json());

const common = {
  id,
  x: z.number(),
  y: z.number(),
  parentId: id.nullable(),
  createdAt: timestamp,
  createdBy: id,
  modifiedAt: timestamp,
  modifiedBy: id,
  metadata: AppDataSchema,
};

export const StoredFrameSchema = z.strictObject({
  ...common,
  type: z.literal('frame'),
  title: z.string(),
  width: z.number().min(MIN_FRAME_SIZE),
  height: z.number().min(MIN_FRAME_SIZE),
  style: z.strictObject({ fillColor }),
  childrenIds: z.array(id),
  metadata: AppDataSchema.refine(
    (metadata) => Object.keys(metadata).length === 0,
    'frames cannot hold metadata',
  ),
});

export const StoredShapeSchema = z.strictObject({
  ...common,
  type: z.literal('shape'),
  content,
  shape: z.enum(SHAPE_TYPES),
  width: size,
  height: size,
  style: z.strictObject({
    color: hexColor,
    fillColor,
    fillOpacity: opacity,
    fontFamily: z.enum(FONT_FAMILIES),
    fontSize: size,
    textAlign,
    textAlignVertical,
    borderStyle,
    borderOpacity: opacity,
    borderColor: hexColor,
    borderWidth: z.number().min(0),
  }),
});

export const StoredTextSchema = z.strictObject({
  ...common,
  type: z.literal('text'),
  content,
  width: size,
  height: size,
  style: z.strictObject({
    color: hexColor,
    fillColor,
    fillOpacity: opacity,
    fontFamily: z.enum(FONT_FAMILIES),
    fontSize: size,
    textAlign,
  }),
});

export const StoredStickyNoteSchema = z.strictObject({
  ...common,
  type: z.literal('sticky_note'),
  content,
  shape: z.enum(['square', 'rectangle']),
  width: size,
  height: size,
  style: z.strictObject({ fillColor: z.enum(STICKY_NOTE_COLORS), textAlign, textAlignVertical }),
  tagIds,
});

export const StoredCardSchema = z.strictObject({
  ...common,
  type: z.literal('card'),
  title: content,
  description: content,
  width: size,
  height: size,
  style: z.strictObject({ cardTheme: hexColor }),
  tagIds,
});

export const StoredItemSchema = z.discriminatedUnion('type', [
  StoredFrameSchema,
  StoredShapeSchema,
  StoredTextSchema,
  StoredStickyNoteSchema,
  StoredCardSchema,
]);

const Endpoint = z.strictObject({ item: id }).nullable();

export const StoredConnectorSchema = z.strictObject({
  id,
  type: z.literal('connector'),
  start: Endpoint,
  end: Endpoint,
  shape: z.enum(CONNECTOR_SHAPES),
  style: z.strictObject({
    strokeColor: hexColor,
    strokeWidth: z.number().positive(),
    strokeStyle: z.enum(STROKE_STYLES),
    // Boards stored before connectors kept their caps load with the defaults.
    startStrokeCap: z.enum(STROKE_CAPS).default(CONNECTOR_DEFAULTS.startStrokeCap),
    endStrokeCap: z.enum(STROKE_CAPS).default(CONNECTOR_DEFAULTS.endStrokeCap),
  }),
  captions: z.array(z.strictObject({ content })),
  createdAt: timestamp,
  createdBy: id,
  modifiedAt: timestamp,
  modifiedBy: id,
  metadata: AppDataSchema,
});

export const StoredTagSchema = z.strictObject({
  id,
  type: z.literal('tag'),
  title: TagTitle,
  color: z.enum(TAG_COLORS),
});
