import { FRAME_DEFAULTS, SHAPE_DEFAULTS, TEXT_DEFAULTS } from '../miroRules/limits.ts';
import type {
  RestFrame,
  RestItem,
  RestShape,
  RestStickyNote,
  RestText,
} from './boardFile.schema.ts';
import { RestItemRead } from './boardFile.schema.ts';
import {
  LENIENT_FIELDS,
  type LenientField,
  type Read,
  type UnknownValue,
} from './lenientFields.ts';

type Json = Record<string, unknown>;

const DIGITS = /^\d+$/;
const STICKY = LENIENT_FIELDS.sticky_note;

/** How a style field reads: a string or a number written as one, with a default; or lenient. */
type StyleField =
  | { kind: 'string'; readAs: string }
  | { kind: 'number'; readAs: number }
  | { kind: 'lenient'; field: LenientField };

const text = (readAs: string): StyleField => ({ kind: 'string', readAs });
const number = (readAs: number): StyleField => ({ kind: 'number', readAs });
const lenientField = (field: LenientField): StyleField => ({ kind: 'lenient', field });

const SHAPE_STYLE: Record<string, StyleField> = {
  fillColor: text(SHAPE_DEFAULTS.style.fillColor),
  fillOpacity: number(SHAPE_DEFAULTS.style.fillOpacity),
  fontFamily: text(SHAPE_DEFAULTS.style.fontFamily),
  fontSize: number(SHAPE_DEFAULTS.style.fontSize),
  borderColor: text(SHAPE_DEFAULTS.style.borderColor),
  borderWidth: number(SHAPE_DEFAULTS.style.borderWidth),
  borderOpacity: number(SHAPE_DEFAULTS.style.borderOpacity),
  borderStyle: lenientField(LENIENT_FIELDS.shape.style.borderStyle),
  color: text(SHAPE_DEFAULTS.style.color),
  textAlign: lenientField(LENIENT_FIELDS.shape.style.textAlign),
  textAlignVertical: lenientField(LENIENT_FIELDS.shape.style.textAlignVertical),
};

const TEXT_STYLE: Record<string, StyleField> = {
  color: text(TEXT_DEFAULTS.style.color),
  fillColor: text(TEXT_DEFAULTS.style.fillColor),
  fillOpacity: number(TEXT_DEFAULTS.style.fillOpacity),
  fontFamily: text(TEXT_DEFAULTS.style.fontFamily),
  fontSize: number(TEXT_DEFAULTS.style.fontSize),
  textAlign: lenientField(LENIENT_FIELDS.text.style.textAlign),
};

/**
 * Builds the objects of an item read: a copy of `object` with `fields` over it, as the schema
 * gives back; or, when the input is the reader's own, `object` itself with `fields` written in,
 * which spares a copy of every object of every item (and the copies are bigger: V8 gives an
 * object made by spreading a larger layout than the one `JSON.parse` made).
 */
type Build = <T extends Json, F extends Json>(object: T, fields: F) => Omit<T, keyof F> & F;

const copied: Build = (object, fields) => ({ ...object, ...fields });
const inPlace: Build = (object, fields) => Object.assign(object, fields);

/**
 * One REST item read as `RestItemRead` reads it, without building zod's issue paths when it is
 * valid: sticky notes, frames, shapes and texts are checked by hand; any other item, and
 * any of them the hand check is not sure of, by `RestItemRead`. `undefined` when the item is not
 * valid: parse with `RestItemRead` to learn why. `owned` says the input is the caller's own,
 * fresh from `JSON.parse` and seen by no one else: the item read is then made of its objects,
 * defaults written into them, instead of copies (they are changed only once the item is known
 * valid).
 */
export function readRestItem(input: unknown, owned = false): Read<RestItem> | undefined {
  const item = asObject(input);
  const build = owned ? inPlace : copied;
  const read =
    item?.type === 'sticky_note'
      ? stickyNote(item, build)
      : item?.type === 'frame'
        ? frame(item, build)
        : item?.type === 'shape'
          ? shape(item, build)
          : item?.type === 'text'
            ? textItem(item, build)
            : undefined;
  if (read !== undefined) return read;
  const result = RestItemRead.safeParse(input);
  return result.success ? result.data : undefined;
}

function stickyNote(item: Json, build: Build): Read<RestStickyNote> | undefined {
  const data = asObject(item.data);
  const style = item.style === undefined ? {} : asObject(item.style);
  const geometry = asObject(item.geometry);
  if (!data || !style || !geometry || !hasEnvelope(item)) return undefined;
  if (!isSize(geometry.width) || !isOptional(geometry.height, isSize)) return undefined;
  if (!isOptional(geometry.rotation, isNumber)) return undefined;
  if (!isOptional(data.content, isString)) return undefined;
  const tagIds = item.tagIds === undefined ? [] : item.tagIds;
  if (!Array.isArray(tagIds) || !tagIds.every(isId)) return undefined;
  const unknownValues: UnknownValue[] = [];
  const shape = lenient(STICKY.data.shape, data.shape, 'data.shape', unknownValues);
  const fillColor = lenient(
    STICKY.style.fillColor,
    style.fillColor,
    'style.fillColor',
    unknownValues,
  );
  const textAlign = lenient(
    STICKY.style.textAlign,
    style.textAlign,
    'style.textAlign',
    unknownValues,
  );
  const textAlignVertical = lenient(
    STICKY.style.textAlignVertical,
    style.textAlignVertical,
    'style.textAlignVertical',
    unknownValues,
  );
  if (
    shape === undefined ||
    fillColor === undefined ||
    textAlign === undefined ||
    textAlignVertical === undefined
  )
    return undefined;
  const value = build(envelopeOf(item, build), {
    type: 'sticky_note',
    data: build(data, { content: (data.content as string | undefined) ?? '', shape }),
    style: build(style, { fillColor, textAlign, textAlignVertical }),
    geometry: build(geometry, { width: geometry.width }),
    tagIds: build === inPlace ? tagIds : [...tagIds],
  }) as RestStickyNote;
  return { value, unknownValues };
}

function frame(item: Json, build: Build): Read<RestFrame> | undefined {
  const data = asObject(item.data);
  const style = item.style === undefined ? {} : asObject(item.style);
  const geometry = asObject(item.geometry);
  if (!data || !style || !geometry || !hasEnvelope(item)) return undefined;
  if (!isSize(geometry.width) || !isSize(geometry.height)) return undefined;
  if (!isOptional(geometry.rotation, isNumber)) return undefined;
  if (!isOptional(data.title, isString) || !isOptional(data.format, isString)) return undefined;
  if (!isOptional(data.type, isString) || !isOptional(data.showContent, isBoolean))
    return undefined;
  if (!isOptional(style.fillColor, isString)) return undefined;
  const value = build(envelopeOf(item, build), {
    type: 'frame',
    data: build(data, { title: (data.title as string | undefined) ?? '' }),
    style: build(style, {
      fillColor: (style.fillColor as string | undefined) ?? FRAME_DEFAULTS.fillColor,
    }),
    geometry: build(geometry, { width: geometry.width, height: geometry.height }),
  }) as RestFrame;
  return { value, unknownValues: [] };
}

function shape(item: Json, build: Build): Read<RestShape> | undefined {
  const data = asObject(item.data);
  const geometry = asObject(item.geometry);
  if (!data || !geometry || !hasEnvelope(item)) return undefined;
  if (!isSize(geometry.width) || !isSize(geometry.height)) return undefined;
  if (!isOptional(geometry.rotation, isNumber)) return undefined;
  if (!isOptional(data.content, isString) || !isOptional(data.shape, isString)) return undefined;
  const unknownValues: UnknownValue[] = [];
  const style = styleOf(item.style, SHAPE_STYLE, unknownValues, build);
  if (!style) return undefined;
  const value = build(envelopeOf(item, build), {
    type: 'shape',
    data: build(data, {
      content: (data.content as string | undefined) ?? '',
      shape: (data.shape as string | undefined) ?? SHAPE_DEFAULTS.shape,
    }),
    style,
    geometry: build(geometry, { width: geometry.width, height: geometry.height }),
  }) as RestShape;
  return { value, unknownValues };
}

function textItem(item: Json, build: Build): Read<RestText> | undefined {
  const data = asObject(item.data);
  const geometry = asObject(item.geometry);
  if (!data || !geometry || !hasEnvelope(item)) return undefined;
  if (!isSize(geometry.width) || !isOptional(geometry.height, isSize)) return undefined;
  if (!isOptional(geometry.rotation, isNumber)) return undefined;
  if (!isOptional(data.content, isString)) return undefined;
  const unknownValues: UnknownValue[] = [];
  const style = styleOf(item.style, TEXT_STYLE, unknownValues, build);
  if (!style) return undefined;
  const value = build(envelopeOf(item, build), {
    type: 'text',
    data: build(data, { content: (data.content as string | undefined) ?? '' }),
    style,
    geometry: build(geometry, { width: geometry.width }),
  }) as RestText;
  return { value, unknownValues };
}

/**
 * A style read by its `fields`, unknown fields kept; `undefined` if a value is not valid. Every
 * value is checked before any is written.
 */
function styleOf(
  input: unknown,
  fields: Record<string, StyleField>,
  unknownValues: UnknownValue[],
  build: Build,
): Json | undefined {
  const style = input === undefined ? {} : asObject(input);
  if (!style) return undefined;
  const read: Json = {};
  for (const key in fields) {
    const field = fields[key];
    const value = style[key];
    if (!field) continue;
    if (field.kind === 'lenient') {
      const known = lenient(field.field, value, `style.${key}`, unknownValues);
      if (known === undefined) return undefined;
      read[key] = known;
    } else if (value === undefined) read[key] = field.readAs;
    else if (field.kind === 'string') {
      if (typeof value !== 'string') return undefined;
    } else {
      const parsed = numberString(value);
      if (parsed === undefined) return undefined;
      read[key] = parsed;
    }
  }
  return build(style, read);
}

/** `"14"` or `14` as 14, as `NumberString` reads them; `undefined` for anything else. */
function numberString(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** The fields every supported item has: id, position, parent, who made it and when. */
function hasEnvelope(item: Json): boolean {
  const position = asObject(item.position);
  return (
    isId(item.id) &&
    position !== undefined &&
    isNumber(position.x) &&
    isNumber(position.y) &&
    (position.origin === undefined || position.origin === 'center') &&
    (position.relativeTo === undefined ||
      position.relativeTo === 'canvas_center' ||
      position.relativeTo === 'parent_top_left') &&
    (item.parent === undefined || item.parent === null || isRef(item.parent)) &&
    isOptional(item.createdAt, isString) &&
    isOptional(item.createdBy, isUser) &&
    isOptional(item.modifiedAt, isString) &&
    isOptional(item.modifiedBy, isUser)
  );
}

/** The envelope as the schema gives it back: unknown fields kept, each object built anew. */
function envelopeOf(item: Json, build: Build) {
  if (build === inPlace) return item as Envelope;
  const position = item.position as Json & { x: number; y: number };
  return {
    ...item,
    id: item.id as string,
    position: { ...position },
    parent: item.parent === undefined || item.parent === null ? item.parent : { ...item.parent },
    createdAt: item.createdAt as string | undefined,
    createdBy: copy(item.createdBy),
    modifiedAt: item.modifiedAt as string | undefined,
    modifiedBy: copy(item.modifiedBy),
  } as Envelope;
}

type Envelope = Json &
  Pick<
    RestStickyNote,
    'id' | 'position' | 'parent' | 'createdAt' | 'createdBy' | 'modifiedAt' | 'modifiedBy'
  >;

/** The value a lenient field reads, noting one it does not know; `undefined` if not a string. */
function lenient<T extends string>(
  field: LenientField<T>,
  value: unknown,
  path: string,
  unknownValues: UnknownValue[],
): T | undefined {
  if (value === undefined) return field.readAs;
  if (typeof value !== 'string') return undefined;
  if (field.values.includes(value as T)) return value as T;
  unknownValues.push({ path, value, readAs: field.readAs });
  return field.readAs;
}

function asObject(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : undefined;
}

function copy(value: unknown) {
  return value === undefined ? undefined : { ...(value as { id: string; type?: string }) };
}

function isOptional(value: unknown, check: (value: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isSize(value: unknown): value is number {
  return isNumber(value) && value > 0;
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && DIGITS.test(value);
}

function isRef(value: unknown): boolean {
  const ref = asObject(value);
  return ref !== undefined && isId(ref.id);
}

function isUser(value: unknown): boolean {
  const user = asObject(value);
  return user !== undefined && isString(user.id) && isOptional(user.type, isString);
}
