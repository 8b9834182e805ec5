import { MAX_JSON_NESTING } from '../../core/validation/parseJsonText.ts';

/** Where one JSON value lies in the bytes: from `start` to before `end`. */
export type Slice = { start: number; end: number };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const COMMA = 0x2c;
const COLON = 0x3a;
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf] as const;

/** Reads the value that starts at `start` and says where it ends, or `undefined` to give up. */
export type ValueReader = (start: number) => number | undefined;

/**
 * UTF-8 JSON bytes walked value by value without parsing them, so a big file can be parsed a
 * value at a time: no text of the whole file, no tree of the whole file, and each byte looked at
 * once. The walk checks the punctuation between the values it walks through and nothing inside
 * the values it skips; each value kept must go through `parse`, which checks the rest. Any doubt
 * — a misplaced byte, nesting deeper than `MAX_JSON_NESTING`, bytes that are not UTF-8 — gives
 * `undefined`, and the caller reads the whole text the careful way, which says what is wrong
 * and where.
 */
export class JsonBytes {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  constructor(readonly bytes: Uint8Array) {}

  /** Reads the one value the bytes hold, after a byte-order mark and around white space. */
  whole(read: ValueReader): boolean {
    const { bytes } = this;
    const bom = BYTE_ORDER_MARK.every((byte, index) => bytes[index] === byte);
    const end = read(skipSpace(bytes, bom ? BYTE_ORDER_MARK.length : 0));
    return end !== undefined && skipSpace(bytes, end) === bytes.length;
  }

  /** Walks the array at `start`, whose bracket opens nesting level `level`; its end. */
  array(start: number, level: number, element: ValueReader): number | undefined {
    const { bytes } = this;
    if (bytes[start] !== OPEN_ARRAY || level > MAX_JSON_NESTING) return undefined;
    let at = skipSpace(bytes, start + 1);
    if (bytes[at] === CLOSE_ARRAY) return at + 1;
    for (;;) {
      const end = element(at);
      if (end === undefined) return undefined;
      at = skipSpace(bytes, end);
      if (bytes[at] === CLOSE_ARRAY) return at + 1;
      if (bytes[at] !== COMMA) return undefined;
      at = skipSpace(bytes, at + 1);
    }
  }

  /**
   * Walks the object at `start`, whose brace opens nesting level `level`: `member` is given
   * each key's slice (with its quotes) and where its value starts. The object's end.
   */
  object(
    start: number,
    level: number,
    member: (key: Slice, valueStart: number) => number | undefined,
  ): number | undefined {
    const { bytes } = this;
    if (bytes[start] !== OPEN_OBJECT || level > MAX_JSON_NESTING) return undefined;
    let at = skipSpace(bytes, start + 1);
    if (bytes[at] === CLOSE_OBJECT) return at + 1;
    for (;;) {
      if (bytes[at] !== QUOTE) return undefined;
      const keyEnd = stringEnd(bytes, at);
      if (keyEnd === undefined) return undefined;
      const colon = skipSpace(bytes, keyEnd);
      if (bytes[colon] !== COLON) return undefined;
      const end = member({ start: at, end: keyEnd }, skipSpace(bytes, colon + 1));
      if (end === undefined) return undefined;
      at = skipSpace(bytes, end);
      if (bytes[at] === CLOSE_OBJECT) return at + 1;
      if (bytes[at] !== COMMA) return undefined;
      at = skipSpace(bytes, at + 1);
    }
  }

  /** Where the value at `start` ends, at nesting level `level` if it opens one; unread. */
  skip(start: number, level: number): number | undefined {
    return valueEnd(this.bytes, start, level);
  }

  /** The value in `slice`, or `undefined` when it is not JSON or its bytes are not UTF-8. */
  parse(slice: Slice): { value: unknown } | undefined {
    try {
      return {
        value: JSON.parse(this.decoder.decode(this.bytes.subarray(slice.start, slice.end))),
      };
    } catch {
      return undefined;
    }
  }
}

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function skipSpace(bytes: Uint8Array, from: number): number {
  let at = from;
  while (isSpace(bytes[at])) at++;
  return at;
}

/** Just after the quote that closes the string opened at `start`; undefined if none does. */
function stringEnd(bytes: Uint8Array, start: number): number | undefined {
  for (let at = start + 1; at < bytes.length; at++) {
    const byte = bytes[at];
    if (byte === QUOTE) return at + 1;
    if (byte === BACKSLASH) at++;
  }
  return undefined;
}

/**
 * Just after the value that starts at `start`, at nesting level `level` if it is an array or
 * an object: brackets are counted, strings skipped, nothing else looked at. A number or a
 * literal runs to the next white space or punctuation. Undefined when there is no value there,
 * it does not end, or something in it nests deeper than `MAX_JSON_NESTING`.
 */
function valueEnd(bytes: Uint8Array, start: number, level: number): number | undefined {
  const first = bytes[start];
  if (first === undefined) return undefined;
  if (first === QUOTE) return stringEnd(bytes, start);
  if (first !== OPEN_ARRAY && first !== OPEN_OBJECT) return scalarEnd(bytes, start);
  let depth = 0;
  for (let at = start; at < bytes.length; at++) {
    const byte = bytes[at];
    if (byte === QUOTE) {
      const end = stringEnd(bytes, at);
      if (end === undefined) return undefined;
      at = end - 1;
    } else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
      depth++;
      if (level + depth - 1 > MAX_JSON_NESTING) return undefined;
    } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
      depth--;
      if (depth === 0) return at + 1;
    }
  }
  return undefined;
}

function scalarEnd(bytes: Uint8Array, start: number): number | undefined {
  let at = start;
  for (; at < bytes.length; at++) {
    const byte = bytes[at];
    if (
      isSpace(byte) ||
      byte === COMMA ||
      byte === CLOSE_ARRAY ||
      byte === CLOSE_OBJECT ||
      byte === COLON
    )
      break;
  }
  return at === start ? undefined : at;
}
