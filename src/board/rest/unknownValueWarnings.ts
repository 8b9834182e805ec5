import type { Read, UnknownValue } from './lenientFields.ts';

type ReadRecord = Read<{ id: string }>;

/** A value found in more records than this is one warning naming the first of them. */
const LISTED = 3;
/** Characters of a value shown in a warning; a longer value is cut short with an ellipsis. */
const SHOWN = 40;

/**
 * One warning for each value of a lenient field read as its default, such as `Item 1:
 * style.textAlign "unknown" is not a value this app knows; read as "center"`, in the order of the
 * records, items before connectors. The same value of the same field in more than a few records
 * is one warning, where it is first found.
 */
export function unknownValueWarnings(
  items: readonly ReadRecord[],
  connectors: readonly ReadRecord[],
): string[] {
  return [
    ...warningsOf('Item', 'Items', items),
    ...warningsOf('Connector', 'Connectors', connectors),
  ];
}

function warningsOf(one: string, many: string, records: readonly ReadRecord[]): string[] {
  const keyOf = (found: UnknownValue) => JSON.stringify([found.path, found.value, found.readAs]);
  const idsByKey = new Map<string, string[]>();
  for (const { value, unknownValues } of records)
    for (const found of unknownValues) {
      const ids = idsByKey.get(keyOf(found));
      if (ids) ids.push(value.id);
      else idsByKey.set(keyOf(found), [value.id]);
    }
  const warnings: string[] = [];
  const summarised = new Set<string>();
  for (const { value, unknownValues } of records)
    for (const found of unknownValues) {
      const key = keyOf(found);
      const ids = idsByKey.get(key) ?? [];
      const what = `${found.path} ${quoted(found.value)} is not a value this app knows; read as ${quoted(found.readAs)}`;
      if (ids.length <= LISTED) warnings.push(`${one} ${value.id}: ${what}`);
      else if (!summarised.has(key)) {
        summarised.add(key);
        const named = ids.slice(0, LISTED).join(', ');
        warnings.push(`${many} ${named} and ${ids.length - LISTED} more: ${what}`);
      }
    }
  return warnings;
}

function quoted(value: string): string {
  return JSON.stringify(value.length > SHOWN ? `${value.slice(0, SHOWN - 1)}…` : value);
}
