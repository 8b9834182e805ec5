import type { AppData, AppDataValue } from '@mirohq/websdk-types';

/** Throws unless `value` survives a JSON round trip unchanged, naming the offending path. */
export function assertJsonValue(path: string, value: unknown): asserts value is AppDataValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return;
    throw new Error(`At ${path}: ${value} is not a finite number`);
  }
  if (Array.isArray(value)) {
    value.forEach((element, index) => assertJsonValue(`${path}.${index}`, element));
    return;
  }
  if (isPlainObject(value)) {
    for (const [key, element] of Object.entries(value)) assertJsonValue(`${path}.${key}`, element);
    return;
  }
  throw new Error(`At ${path}: ${typeof value} is not a JSON value`);
}

/** Size in bytes of the value serialized as UTF-8 JSON. */
export function jsonByteSize(value: AppDataValue): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/** A copy of `record` with `key` set to `value`, or without `key` when `value` is null. */
export function withEntry(record: AppData, key: string, value: AppDataValue): AppData {
  const entries = Object.entries(record).filter(([name]) => name !== key);
  return Object.fromEntries(value === null ? entries : [...entries, [key, value]]);
}

/** Deep equality of JSON-like values, ignoring the order of object keys. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      jsonEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** A plain object, also one made in another window (the sandbox's app frames pass those). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (
    prototype === null ||
    (Object.prototype.toString.call(value) === '[object Object]' &&
      Object.getPrototypeOf(prototype) === null)
  );
}
