import { z } from 'zod';
import { NOTE_COLORS } from '../../core/model/noteColor.ts';
import { borderStyle, textAlign, textAlignVertical } from '../miroRules/fieldSchemas.ts';
import {
  CONNECTOR_DEFAULTS,
  SHAPE_DEFAULTS,
  STICKY_NOTE_DEFAULTS,
  TEXT_DEFAULTS,
} from '../miroRules/limits.ts';
import { CONNECTOR_SHAPES, STROKE_CAPS, STROKE_STYLES } from '../miroRules/sdkEnums.ts';

/** A field holding one of `values`; any other string, and a missing value, reads as `readAs`. */
export type LenientField<T extends string = string> = { values: readonly T[]; readAs: T };

/** Lenient fields nested as in the record: `style.textAlign` is `textAlign` under `style`. */
export type LenientFields = { readonly [key: string]: LenientField | LenientFields };

function field<const T extends string>(values: readonly T[], readAs: NoInfer<T>): LenientField<T> {
  return { values, readAs };
}

/**
 * The fields of REST items and connectors that hold one of a list of strings, by type. Miro
 * answers `unknown` for the alignments of shapes it does not support and for caps, and may add
 * values (a sticky colour, a connector shape), so no such value fails a page: it reads as the
 * field's `readAs`.
 */
export const LENIENT_FIELDS = {
  sticky_note: {
    data: { shape: field(['square', 'rectangle'], STICKY_NOTE_DEFAULTS.shape) },
    style: {
      fillColor: field(NOTE_COLORS, STICKY_NOTE_DEFAULTS.style.fillColor),
      textAlign: field(textAlign.options, STICKY_NOTE_DEFAULTS.style.textAlign),
      textAlignVertical: field(
        textAlignVertical.options,
        STICKY_NOTE_DEFAULTS.style.textAlignVertical,
      ),
    },
  },
  shape: {
    style: {
      borderStyle: field(borderStyle.options, SHAPE_DEFAULTS.style.borderStyle),
      textAlign: field(textAlign.options, SHAPE_DEFAULTS.style.textAlign),
      textAlignVertical: field(textAlignVertical.options, SHAPE_DEFAULTS.style.textAlignVertical),
    },
  },
  text: { style: { textAlign: field(textAlign.options, TEXT_DEFAULTS.style.textAlign) } },
  connector: {
    shape: field(CONNECTOR_SHAPES, CONNECTOR_DEFAULTS.shape),
    style: {
      strokeStyle: field(STROKE_STYLES, CONNECTOR_DEFAULTS.strokeStyle),
      startStrokeCap: field(STROKE_CAPS, CONNECTOR_DEFAULTS.startStrokeCap),
      endStrokeCap: field(STROKE_CAPS, CONNECTOR_DEFAULTS.endStrokeCap),
    },
  },
} as const satisfies Record<string, LenientFields>;

/** The schema of a lenient field: a string, read as `field.readAs` unless it is a known value. */
export function lenientEnum<T extends string>(field: LenientField<T>) {
  return z
    .string()
    .optional()
    .transform((value): T =>
      value !== undefined && isOneOf(field.values, value) ? value : field.readAs,
    );
}

/** A string a lenient field did not know, at `path` in its record (`style.textAlign`). */
export type UnknownValue = { path: string; value: string; readAs: string };

/** A record as read, and the strings in it that its lenient fields did not know. */
export type Read<T> = { value: T; unknownValues: UnknownValue[] };

/** The strings in `input` that its lenient `fields` do not know; other values are not looked at. */
export function unknownValuesIn(fields: LenientFields, input: unknown, path = ''): UnknownValue[] {
  return Object.entries(fields).flatMap(([key, entry]) => {
    const value = typeof input === 'object' && input !== null ? Reflect.get(input, key) : undefined;
    const at = path === '' ? key : `${path}.${key}`;
    if (!isLenientField(entry)) return unknownValuesIn(entry, value, at);
    if (typeof value !== 'string' || isOneOf(entry.values, value)) return [];
    return [{ path: at, value, readAs: entry.readAs }];
  });
}

function isLenientField(entry: LenientField | LenientFields): entry is LenientField {
  return Array.isArray(entry.values);
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return values.some((known) => known === value);
}
