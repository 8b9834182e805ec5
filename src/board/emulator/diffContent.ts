import type { BoardContent } from './BoardRecords.ts';
import type { RecordChanges, StoredRecord } from './ChangeLog.ts';
import { jsonEqual } from './jsonValue.ts';

function recordsOf(content: BoardContent): Map<string, StoredRecord> {
  const records: StoredRecord[] = [...content.items, ...content.connectors, ...content.tags];
  return new Map(records.map((record) => [record.id, record]));
}

/**
 * The changes that turn `before` into `after`: records only in `after` are created, records only
 * in `before` deleted, records that differ updated, and so are the children of a moved frame.
 */
export function diffContent(before: BoardContent, after: BoardContent): RecordChanges {
  const old = recordsOf(before);
  const next = recordsOf(after);
  const created = [...next.keys()].filter((id) => !old.has(id));
  const deleted = [...old.values()].filter((record) => !next.has(record.id));
  const updated = new Set<string>();
  for (const [id, record] of next) {
    const previous = old.get(id);
    if (!previous || jsonEqual(previous, record)) continue;
    updated.add(id);
    const moved =
      record.type === 'frame' &&
      previous.type === 'frame' &&
      (record.x !== previous.x || record.y !== previous.y);
    if (moved) for (const childId of record.childrenIds) if (old.has(childId)) updated.add(childId);
  }
  return { created, updated: [...updated], deleted };
}
