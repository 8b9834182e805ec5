import type { StoredConnector, StoredItem, StoredTag } from './StoredItem.ts';

export type StoredRecord = StoredItem | StoredConnector | StoredTag;

/** What one operation changed, each id in at most one list, in the order first touched. */
export type RecordChanges = {
  created: string[];
  updated: string[];
  /** The records as they were when deleted. */
  deleted: StoredRecord[];
};

/** Collects the ids an operation touches until they are taken. */
export class ChangeLog {
  private created = new Set<string>();
  private updated = new Set<string>();
  private deleted = new Map<string, StoredRecord>();

  create(id: string): void {
    this.created.add(id);
  }

  update(id: string): void {
    if (!this.created.has(id)) this.updated.add(id);
  }

  delete(record: StoredRecord): void {
    this.updated.delete(record.id);
    if (!this.created.delete(record.id)) this.deleted.set(record.id, record);
  }

  take(): RecordChanges {
    const changes = {
      created: [...this.created],
      updated: [...this.updated],
      deleted: [...this.deleted.values()],
    };
    this.clear();
    return changes;
  }

  clear(): void {
    this.created = new Set();
    this.updated = new Set();
    this.deleted = new Map();
  }
}
