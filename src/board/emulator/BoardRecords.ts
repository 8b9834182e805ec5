import { ChangeLog } from './ChangeLog.ts';
import type { RecordChanges } from './ChangeLog.ts';
import type { StoredConnector, StoredFrame, StoredItem, StoredTag } from './StoredItem.ts';

export const FIRST_ID = '3458764500000000001';

/** The records of a board, without the app's data and the viewport. */
export type BoardContent = {
  items: StoredItem[];
  connectors: StoredConnector[];
  tags: StoredTag[];
  nextId: string;
};

/**
 * The records of the emulated board, in creation order, and the next id to hand out (items,
 * connectors and tags share one sequence). Records are replaced, never mutated in place, and every
 * write is logged so that the emulator can tell listeners what changed.
 */
export class BoardRecords {
  readonly changes = new ChangeLog();
  private items = new Map<string, StoredItem>();
  private connectors = new Map<string, StoredConnector>();
  private tags = new Map<string, StoredTag>();
  private nextId = BigInt(FIRST_ID);

  newId(): string {
    return String(this.nextId++);
  }

  item(id: string): StoredItem | undefined {
    return this.items.get(id);
  }

  connector(id: string): StoredConnector | undefined {
    return this.connectors.get(id);
  }

  tag(id: string): StoredTag | undefined {
    return this.tags.get(id);
  }

  allItems(): StoredItem[] {
    return [...this.items.values()];
  }

  allConnectors(): StoredConnector[] {
    return [...this.connectors.values()];
  }

  allTags(): StoredTag[] {
    return [...this.tags.values()];
  }

  /** A moved frame moves its children on the board, so they count as updated too. */
  putItem(record: StoredItem): void {
    const previous = this.items.get(record.id);
    this.items.set(record.id, record);
    if (!previous) return this.changes.create(record.id);
    this.changes.update(record.id);
    if (record.type === 'frame' && (record.x !== previous.x || record.y !== previous.y))
      for (const childId of record.childrenIds) this.changes.update(childId);
  }

  putConnector(record: StoredConnector): void {
    this.log(this.connectors.has(record.id), record.id);
    this.connectors.set(record.id, record);
  }

  putTag(record: StoredTag): void {
    this.log(this.tags.has(record.id), record.id);
    this.tags.set(record.id, record);
  }

  dropItem(id: string): void {
    const record = this.items.get(id);
    if (record && this.items.delete(id)) this.changes.delete(record);
  }

  dropConnector(id: string): void {
    const record = this.connectors.get(id);
    if (record && this.connectors.delete(id)) this.changes.delete(record);
  }

  dropTag(id: string): void {
    const record = this.tags.get(id);
    if (record && this.tags.delete(id)) this.changes.delete(record);
  }

  takeChanges(): RecordChanges {
    return this.changes.take();
  }

  /** A deep copy, plain JSON. */
  export(): BoardContent {
    return structuredClone({
      items: this.allItems(),
      connectors: this.allConnectors(),
      tags: this.allTags(),
      nextId: String(this.nextId),
    });
  }

  /** Replaces everything without logging changes; the caller reports a reset. */
  load(content: BoardContent): void {
    const copy = structuredClone(content);
    this.items = new Map(copy.items.map((item) => [item.id, item]));
    this.connectors = new Map(copy.connectors.map((connector) => [connector.id, connector]));
    this.tags = new Map(copy.tags.map((tag) => [tag.id, tag]));
    this.nextId = BigInt(copy.nextId);
    this.changes.clear();
  }

  requireFrame(id: string): StoredFrame {
    const item = this.items.get(id);
    if (!item) throw new Error(`Item ${id} does not exist on the board`);
    if (item.type !== 'frame') throw new Error(`Item ${id} is a ${item.type}, not a frame`);
    return item;
  }

  private log(existed: boolean, id: string): void {
    if (existed) this.changes.update(id);
    else this.changes.create(id);
  }
}
