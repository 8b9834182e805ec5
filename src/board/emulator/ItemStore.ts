import type { AppData, AppDataValue, Rect as SdkRect } from '@mirohq/websdk-types';
import { parseFrame, parseShape, parseStickyNote, parseText } from './itemSchemas.ts';
import { assertJsonValue, jsonByteSize, withEntry } from './jsonValue.ts';
import { syncedRecord } from './syncedRecord.ts';
import type {
  StoredCommon,
  StoredFrame,
  StoredItem,
  StoredShape,
  StoredStickyNote,
  StoredText,
} from './StoredItem.ts';

export type ItemStoreOptions = {
  /** The current time as an ISO string. */
  now(): string;
  userId: string;
  /** Unconfirmed in Miro: whether an item created over a frame becomes its child without `add`. */
  attachOnCreateInsideFrame: boolean;
  metadataBytesPerItem: number;
};

const FIRST_ID = 3458764500000000001n;

/**
 * The items of the emulated board. Records never leave it: callers get copies. Every method
 * validates everything before it changes anything, so a throwing call leaves the board as it was.
 */
export class ItemStore {
  private readonly items = new Map<string, StoredItem>();
  private nextId = FIRST_ID;

  constructor(private readonly options: ItemStoreOptions) {}

  list(): StoredItem[] {
    return [...this.items.values()];
  }

  require(id: string): StoredItem {
    const item = this.items.get(id);
    if (!item) throw new Error(`Item ${id} does not exist on the board`);
    return item;
  }

  /** The item's centre in board coordinates. */
  boardCenter(item: StoredItem): { x: number; y: number } {
    if (item.parentId === null) return { x: item.x, y: item.y };
    const corner = topLeft(this.requireFrame(item.parentId));
    return { x: corner.x + item.x, y: corner.y + item.y };
  }

  /** Centre-based, like Miro's `Rect`s. */
  boardRect(item: StoredItem): SdkRect {
    return { ...this.boardCenter(item), width: item.width, height: item.height };
  }

  createFrame(props: unknown): StoredFrame {
    const { x, y, fields } = parseFrame(props);
    return this.insert({ ...this.common(x, y), type: 'frame', ...fields, childrenIds: [] });
  }

  createShape(props: unknown): StoredShape {
    const { x, y, fields } = parseShape(props);
    return this.attachIfInsideFrame(
      this.insert({ ...this.common(x, y), type: 'shape', ...fields }),
    );
  }

  createText(props: unknown): StoredText {
    const { x, y, fields } = parseText(props);
    return this.attachIfInsideFrame(this.insert({ ...this.common(x, y), type: 'text', ...fields }));
  }

  createStickyNote(props: unknown): StoredStickyNote {
    const { x, y, fields } = parseStickyNote(props);
    const record: StoredStickyNote = { ...this.common(x, y), type: 'sticky_note', ...fields };
    return this.attachIfInsideFrame(this.insert(record));
  }

  /** Writes an item object's props back, as `item.sync()` does; `x`/`y` are in its own frame. */
  sync(view: { readonly id: string } & Record<string, unknown>): StoredItem {
    const current = this.require(view.id);
    const { type, parentId } = current;
    if (view['type'] !== type) throw new Error(`Invalid ${type}: At type: cannot change`);
    if (view['parentId'] !== parentId)
      throw new Error(
        `Item ${current.id} is out of date: its parent is now ${parentId ?? 'the board'}; ` +
          'use the item returned by frame.add or frame.remove',
      );
    const relativeTo = parentId === null ? 'canvas_center' : 'parent_top_left';
    if (view['relativeTo'] !== relativeTo)
      throw new Error(`Invalid ${type}: At relativeTo: must be ${relativeTo}`);
    if (view['origin'] !== 'center') throw new Error(`Invalid ${type}: At origin: must be center`);

    const next = syncedRecord(current, view);
    if (next.parentId !== null)
      this.checkFits(next, this.requireFrame(next.parentId), `Invalid ${type}: At x/y`);
    const children =
      current.type === 'frame' && next.type === 'frame'
        ? this.childrenAfterResize(current, next)
        : [];
    const synced = { ...next, modifiedAt: this.options.now(), modifiedBy: this.options.userId };
    for (const item of [synced, ...children]) this.items.set(item.id, item);
    return synced;
  }

  /** Attaches without moving: the item keeps its board position. */
  attach(frameId: string, itemId: string): StoredItem {
    const frame = this.requireFrame(frameId);
    const item = this.require(itemId);
    if (item.type === 'frame') throw new Error('frame.add: a frame cannot be added to a frame');
    if (item.parentId === frameId) return item;
    const center = this.boardCenter(item);
    const corner = topLeft(frame);
    const attached = { ...item, parentId: frameId, x: center.x - corner.x, y: center.y - corner.y };
    this.checkFits(attached, frame, 'frame.add');
    if (item.parentId !== null) this.detach(item.parentId, itemId);
    frame.childrenIds.push(itemId);
    this.items.set(itemId, attached);
    return attached;
  }

  detach(frameId: string, itemId: string): StoredItem {
    const frame = this.requireFrame(frameId);
    const item = this.require(itemId);
    if (item.parentId !== frameId)
      throw new Error(`frame.remove: item ${itemId} is not a child of frame ${frameId}`);
    const detached = { ...item, ...this.boardCenter(item), parentId: null };
    frame.childrenIds = frame.childrenIds.filter((id) => id !== itemId);
    this.items.set(itemId, detached);
    return detached;
  }

  /** Removing a frame removes its children too (Miro deletes a frame's content with it). */
  remove(id: string): void {
    const item = this.require(id);
    if (item.type === 'frame') for (const childId of item.childrenIds) this.items.delete(childId);
    if (item.parentId !== null) {
      const parent = this.requireFrame(item.parentId);
      parent.childrenIds = parent.childrenIds.filter((childId) => childId !== id);
    }
    this.items.delete(id);
  }

  getMetadata(id: string, key: string): AppDataValue | undefined {
    const metadata = this.metadataOf(id, key, 'getMetadata');
    return structuredClone(metadata[key]);
  }

  /** `null` deletes the key. Resolves to all of this app's metadata on the item. */
  setMetadata(id: string, key: string, value: unknown): AppData {
    const current = this.metadataOf(id, key, 'setMetadata');
    assertJsonValue(`metadata.${key}`, value);
    const metadata = withEntry(current, key, structuredClone(value));
    const bytes = jsonByteSize(metadata);
    if (bytes > this.options.metadataBytesPerItem)
      throw new Error(
        `setMetadata: metadata of item ${id} would take ${bytes} bytes; ` +
          `the limit is ${this.options.metadataBytesPerItem} bytes per item`,
      );
    this.items.set(id, { ...this.require(id), metadata });
    return structuredClone(metadata);
  }

  private metadataOf(id: string, key: unknown, method: string): AppData {
    if (typeof key !== 'string' || key === '')
      throw new Error(`${method}: key must be a non-empty string`);
    const item = this.require(id);
    if (item.type === 'frame') throw new Error(`${method}: frames cannot hold metadata`);
    return item.metadata;
  }

  /**
   * Resizing a frame keeps its children where they are on the board (the frame's centre stays,
   * so their offsets from its top-left corner change); moving it carries them along.
   */
  private childrenAfterResize(before: StoredFrame, after: StoredFrame): StoredItem[] {
    const dx = (after.width - before.width) / 2;
    const dy = (after.height - before.height) / 2;
    return after.childrenIds.map((id) => {
      const child = this.require(id);
      const moved = { ...child, x: child.x + dx, y: child.y + dy };
      this.checkFits(moved, after, 'Invalid frame: At width/height');
      return moved;
    });
  }

  /** A child's centre must lie inside its frame (edges included). */
  private checkFits(child: StoredItem, frame: StoredFrame, context: string): void {
    if (child.x < 0 || child.y < 0 || child.x > frame.width || child.y > frame.height)
      throw new Error(`${context}: item ${child.id} would lie outside frame ${frame.id}`);
  }

  private requireFrame(id: string): StoredFrame {
    const item = this.require(id);
    if (item.type !== 'frame') throw new Error(`Item ${id} is a ${item.type}, not a frame`);
    return item;
  }

  private common(x: number, y: number): StoredCommon {
    const now = this.options.now();
    const { userId } = this.options;
    const id = String(this.nextId++);
    return {
      id,
      x,
      y,
      parentId: null,
      createdAt: now,
      createdBy: userId,
      modifiedAt: now,
      modifiedBy: userId,
      metadata: {},
    };
  }

  private insert<T extends StoredItem>(record: T): T {
    this.items.set(record.id, record);
    return record;
  }

  /** The last-created frame whose area holds the item's centre, if the option is on. */
  private attachIfInsideFrame<T extends StoredItem>(item: T): T {
    if (!this.options.attachOnCreateInsideFrame) return item;
    const frames = this.list().filter((other): other is StoredFrame => other.type === 'frame');
    const frame = frames.reverse().find((candidate) => {
      const corner = topLeft(candidate);
      const x = item.x - corner.x;
      const y = item.y - corner.y;
      return x >= 0 && y >= 0 && x <= candidate.width && y <= candidate.height;
    });
    return frame ? (this.attach(frame.id, item.id) as T) : item;
  }
}

/** Frames are always top-level, so their stored centre is on the board. */
function topLeft(frame: StoredFrame): { x: number; y: number } {
  return { x: frame.x - frame.width / 2, y: frame.y - frame.height / 2 };
}
