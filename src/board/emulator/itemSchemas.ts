import { z } from 'zod';
import {
  between,
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
import {
  CARD_DEFAULTS,
  FRAME_DEFAULTS,
  MIN_FRAME_SIZE,
  MIN_SHAPE_SIZE,
  SHAPE_BORDER_WIDTH,
  SHAPE_DEFAULTS,
  SHAPE_FONT_SIZE,
  STICKY_NOTE_COLORS,
  STICKY_NOTE_DEFAULTS,
  STICKY_NOTE_SIZE,
  STICKY_NOTE_TAKES_WIDTH_AND_HEIGHT,
  TEXT_DEFAULTS,
  TEXT_MIN_FONT_SIZE,
  TEXT_MIN_WIDTH_PER_FONT_SIZE,
} from '../miroRules/limits.ts';
import { parseRecordProps as parse } from './parseRecordProps.ts';
import { FONT_FAMILIES, SHAPE_TYPES } from '../miroRules/sdkEnums.ts';
import type {
  StoredCard,
  StoredCommon,
  StoredFrame,
  StoredItem,
  StoredShape,
  StoredStickyNote,
  StoredText,
} from './StoredItem.ts';
import { stickyNoteHeight } from '../miroRules/stickyNoteHeight.ts';
import { estimateTextHeight } from '../miroRules/textHeight.ts';

const shapeSize = z.number().min(MIN_SHAPE_SIZE, `must be at least ${MIN_SHAPE_SIZE}`);

/** Props accepted on create; `x`/`y` are board coordinates of the centre. */
const position = {
  x: z.number().default(0),
  y: z.number().default(0),
  origin: z.literal('center').optional(),
  relativeTo: z.literal('canvas_center').optional(),
};

const FrameProps = z.strictObject({
  ...position,
  title: z.string().default(''),
  width: z.number().min(MIN_FRAME_SIZE).default(MIN_FRAME_SIZE),
  height: z.number().min(MIN_FRAME_SIZE).default(MIN_FRAME_SIZE),
  style: z.strictObject({ fillColor: fillColor.default(FRAME_DEFAULTS.fillColor) }).prefault({}),
});

const ShapeProps = z.strictObject({
  ...position,
  content: content.default(''),
  shape: z.enum(SHAPE_TYPES).default(SHAPE_DEFAULTS.shape),
  width: shapeSize.default(SHAPE_DEFAULTS.width),
  height: shapeSize.default(SHAPE_DEFAULTS.height),
  style: z
    .strictObject({
      color: hexColor.default(SHAPE_DEFAULTS.style.color),
      fillColor: fillColor.default(SHAPE_DEFAULTS.style.fillColor),
      fillOpacity: opacity.default(SHAPE_DEFAULTS.style.fillOpacity),
      fontFamily: z.enum(FONT_FAMILIES).default(SHAPE_DEFAULTS.style.fontFamily),
      fontSize: between(SHAPE_FONT_SIZE).default(SHAPE_DEFAULTS.style.fontSize),
      textAlign: textAlign.default(SHAPE_DEFAULTS.style.textAlign),
      textAlignVertical: textAlignVertical.default(SHAPE_DEFAULTS.style.textAlignVertical),
      borderStyle: borderStyle.default(SHAPE_DEFAULTS.style.borderStyle),
      borderOpacity: opacity.default(SHAPE_DEFAULTS.style.borderOpacity),
      borderColor: hexColor.default(SHAPE_DEFAULTS.style.borderColor),
      borderWidth: between(SHAPE_BORDER_WIDTH).default(SHAPE_DEFAULTS.style.borderWidth),
    })
    .prefault({}),
});

const TextProps = z
  .strictObject({
    ...position,
    content: content.default(''),
    width: size.default(TEXT_DEFAULTS.width),
    style: z
      .strictObject({
        color: hexColor.default(TEXT_DEFAULTS.style.color),
        fillColor: fillColor.default(TEXT_DEFAULTS.style.fillColor),
        fillOpacity: opacity.default(TEXT_DEFAULTS.style.fillOpacity),
        fontFamily: z.enum(FONT_FAMILIES).default(TEXT_DEFAULTS.style.fontFamily),
        fontSize: z
          .number()
          .min(TEXT_MIN_FONT_SIZE, `must be at least ${TEXT_MIN_FONT_SIZE}`)
          .default(TEXT_DEFAULTS.style.fontSize),
        textAlign: textAlign.default(TEXT_DEFAULTS.style.textAlign),
      })
      .prefault({}),
  })
  .superRefine((props, context) => {
    const minimum = TEXT_MIN_WIDTH_PER_FONT_SIZE * props.style.fontSize;
    if (props.width < minimum)
      context.addIssue({
        code: 'custom',
        path: ['width'],
        message: `must be at least ${TEXT_MIN_WIDTH_PER_FONT_SIZE} × style.fontSize (${Number(minimum.toFixed(2))})`,
      });
  });

const StickyNoteProps = z
  .strictObject({
    ...position,
    content: content.default(''),
    shape: z.enum(['square', 'rectangle']).default(STICKY_NOTE_DEFAULTS.shape),
    width: size.optional(),
    height: size.optional(),
    style: z
      .strictObject({
        fillColor: z.enum(STICKY_NOTE_COLORS).default(STICKY_NOTE_DEFAULTS.style.fillColor),
        textAlign: textAlign.default(STICKY_NOTE_DEFAULTS.style.textAlign),
        textAlignVertical: textAlignVertical.default(STICKY_NOTE_DEFAULTS.style.textAlignVertical),
      })
      .prefault({}),
    tagIds: tagIds.default([]),
  })
  .refine(
    (props) =>
      STICKY_NOTE_TAKES_WIDTH_AND_HEIGHT || props.width === undefined || props.height === undefined,
    {
      message: 'set width or height, not both: the aspect ratio is fixed',
      path: ['height'],
    },
  );

const CardProps = z.strictObject({
  ...position,
  title: content.default(''),
  description: content.default(''),
  width: size.default(CARD_DEFAULTS.width),
  height: size.default(CARD_DEFAULTS.height),
  style: z.strictObject({ cardTheme: hexColor.default(CARD_DEFAULTS.cardTheme) }).prefault({}),
  tagIds: tagIds.default([]),
});

export type FieldsOf<T extends StoredItem> = Omit<T, keyof StoredCommon | 'type' | 'childrenIds'>;
export type Placed<T extends StoredItem> = { x: number; y: number; fields: FieldsOf<T> };

/** Splits the centre from the other props, dropping `origin`/`relativeTo` (always the defaults). */
function placed<T extends { x: number; y: number }>(props: T) {
  const { x, y, ...rest } = props;
  Reflect.deleteProperty(rest, 'origin');
  Reflect.deleteProperty(rest, 'relativeTo');
  return { x, y, fields: rest as Omit<T, 'x' | 'y' | 'origin' | 'relativeTo'> };
}

export function parseFrame(input: unknown): Placed<StoredFrame> {
  return placed(parse(FrameProps, 'frame', input));
}

/** Only on create may a frame's props list `childrenIds` (see `CreateFrameChildren`). */
const NewFrameProps = FrameProps.extend({ childrenIds: z.array(z.string().min(1)).optional() });

export function parseNewFrame(
  input: unknown,
): Placed<StoredFrame> & { childrenIds: string[] | undefined } {
  const { childrenIds, ...props } = parse(NewFrameProps, 'frame', input);
  return { ...placed(props), childrenIds };
}

export function parseShape(input: unknown): Placed<StoredShape> {
  return placed(parse(ShapeProps, 'shape', input));
}

export function parseText(input: unknown): Placed<StoredText> {
  const { x, y, fields: props } = placed(parse(TextProps, 'text', input));
  const height = estimateTextHeight(props.content, props.width, props.style.fontSize);
  return { x, y, fields: { ...props, height } };
}

/** A sticky note keeps its shape's aspect ratio: of width and height, at most one is given. */
export function parseStickyNote(input: unknown): Placed<StoredStickyNote> {
  const { x, y, fields } = placed(parse(StickyNoteProps, 'sticky_note', input));
  const { width, height, ...props } = fields;
  const base = STICKY_NOTE_SIZE[props.shape];
  const finalWidth =
    width ?? (height === undefined ? base.width : (height * base.width) / base.height);
  const finalHeight = height ?? stickyNoteHeight(props.shape, finalWidth);
  return { x, y, fields: { ...props, width: finalWidth, height: finalHeight } };
}

export function parseCard(input: unknown): Placed<StoredCard> {
  return placed(parse(CardProps, 'card', input));
}
