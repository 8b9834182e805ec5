import type { MapRecord } from '../../core/model/mapRecord.schema.ts';

/**
 * Only this app writes its item metadata, and it writes a record once, right after creating the
 * item; an item older than this is taken to have none for good.
 */
const RECORDS_WRITTEN_WITHIN_MS = 60_000;

/**
 * The records already read from items' metadata, so that reading the board again reads only
 * items not seen before: a record is kept for good; "no record" only for items old enough that
 * their inserter has written it (another participant's insert may still be under way).
 */
export class RecordCache {
  private readonly known = new Map<string, MapRecord | null>();

  constructor(private readonly now: () => number) {}

  /** `undefined` when the item must be read. */
  get(id: string): MapRecord | null | undefined {
    return this.known.get(id);
  }

  remember(item: { id: string; createdAt?: string | undefined }, record: MapRecord | null): void {
    if (record) {
      this.known.set(item.id, record);
      return;
    }
    const created = item.createdAt === undefined ? NaN : Date.parse(item.createdAt);
    if (Number.isFinite(created) && this.now() - created > RECORDS_WRITTEN_WITHIN_MS)
      this.known.set(item.id, null);
  }
}
