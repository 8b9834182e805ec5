import { FRAME_DEFAULTS } from '../miroRules/limits.ts';
import type { RestFrame, RestItem, RestStickyNote } from './boardFile.schema.ts';
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

/**
 * One REST item read as `RestItemRead` reads it, without building zod's issue paths when it is
 * valid: sticky notes and frames, the bulk of a board, are checked by hand; any other item, and
 * any of them the hand check is not sure of, by `RestItemRead`. `undefined` when the item is not
 * valid: parse with `RestItemRead` to learn why.
 */
export function readRestItem(input: unknown): Read<RestItem> | undefined {
  const item = asObject(input);
  const read =
    item?.type === 'sticky_note'
      ? stickyNote(item)
      : item?.type === 'frame'
        ? frame(item)
        : undefined;
  if (read !== undefined) return read;
  const result = RestItemRead.safeParse(input);
  return result.success ? result.data : undefined;
}

function stickyNote(item: Json): Read<RestStickyNote> | undefined {
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
  const value: RestStickyNote = {
    ...envelopeOf(item),
    type: 'sticky_note',
    data: { ...data, content: (data.content as string | undefined) ?? '', shape },
    style: { ...style, fillColor, textAlign, textAlignVertical },
    geometry: { ...geometry, width: geometry.width },
    tagIds: [...tagIds],
  };
  return { value, unknownValues };
}

function frame(item: Json): Read<RestFrame> | undefined {
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
  const value: RestFrame = {
    ...envelopeOf(item),
    type: 'frame',
    data: { ...data, title: (data.title as string | undefined) ?? '' },
    style: {
      ...style,
      fillColor: (style.fillColor as string | undefined) ?? FRAME_DEFAULTS.fillColor,
    },
    geometry: { ...geometry, width: geometry.width, height: geometry.height },
  };
  return { value, unknownValues: [] };
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

/** The envelope as the schema gives it back: each object copied, unknown fields kept. */
function envelopeOf(item: Json) {
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
  } as Pick<
    RestStickyNote,
    'id' | 'position' | 'parent' | 'createdAt' | 'createdBy' | 'modifiedAt' | 'modifiedBy'
  >;
}

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
