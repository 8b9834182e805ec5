import type { Rect as SdkRect } from '@mirohq/websdk-types';
import { boardCenter, parentRelative } from '../position.ts';
import type { BoardRecords } from './BoardRecords.ts';
import type { CreateFrameChildren } from '../miroRules/limits.ts';
import {
  CHILDREN_LIE_INSIDE_THEIR_FRAME,
  CONNECTORS_GO_WITH_THEIR_ENDS,
  FRAMES_NEST,
  MAX_FRAME_CHILDREN,
} from '../miroRules/limits.ts';
import { parseCard, parseNewFrame, parseShape, parseStickyNote, parseText } from './itemSchemas.ts';
import { syncedRecord } from './syncedRecord.ts';
import type {
  StoredCard,
  StoredCommon,
  StoredConnector,
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
  /** See `DEFAULT_ATTACH_ON_CREATE_INSIDE_FRAME`. */
  attachOnCreateInsideFrame: boolean;
  createFrameChildren: CreateFrameChildren;
  /** See `DEFAULT_REMOVE_FRAME_TAKES_CHILDREN`. */
  removeFrameTakesChildren: boolean;
};

/**
 * The positioned items of the emulated board (everything but connectors and tags). Every method
 * validates everything before it changes anything, so a throwing call leaves the board as it was.
 */
export class ItemStore {
  constructor(
    private readonly records: BoardRecords,
    private readonly options: ItemStoreOptions,
  ) {}

  list(): StoredItem[] {
    return this.records.allItems();
  }

  require(id: string): StoredItem {
    const item = this.records.item(id);
    if (!item) throw new Error(`Item ${id} does not exist on the board`);
    return item;
  }

  /** The item's centre in board coordinates. */
  boardCenter(item: StoredItem): { x: number; y: number } {
    return boardCenter(
      item,
      item.parentId === null ? null : this.records.requireFrame(item.parentId),
    );
  }

  /** Centre-based, like Miro's `Rect`s. */
  boardRect(item: StoredItem): SdkRect {
    return { ...this.boardCenter(item), width: item.width, height: item.height };
  }

  /** The topmost (last-created) frame whose area, edges included, holds the board point. */
  frameAt(x: number, y: number): StoredFrame | undefined {
    const frames = this.list().filter((item): item is StoredFrame => item.type === 'frame');
    return frames.reverse().find((frame) => {
      const at = parentRelative({ x, y }, frame);
      return contains(frame, at.x, at.y);
    });
  }

  /** `childrenIds` are handled as the `createFrameChildren` option says. */
  createFrame(props: unknown): StoredFrame {
    const { x, y, fields, childrenIds } = parseNewFrame(props);
    const mode = this.options.createFrameChildren;
    if (mode === 'reject' && childrenIds !== undefined)
      throw new Error('Invalid frame: At childrenIds: not accepted on create; use frame.add');
    const children = mode === 'attach' ? (childrenIds ?? []) : [];
    this.checkNewChildren(children, { x, y, ...fields });
    const frame = this.insert({ ...this.common(x, y), type: 'frame', ...fields, childrenIds: [] });
    for (const id of children) this.attach(frame.id, id);
    return this.records.requireFrame(frame.id);
  }

  createShape(props: unknown): StoredShape {
    const { x, y, fields } = parseShape(props);
    const frame = this.frameToJoin(x, y, 'shape');
    return this.insertOnBoard({ ...this.common(x, y), type: 'shape', ...fields }, frame);
  }

  createText(props: unknown): StoredText {
    const { x, y, fields } = parseText(props);
    const frame = this.frameToJoin(x, y, 'text');
    return this.insertOnBoard({ ...this.common(x, y), type: 'text', ...fields }, frame);
  }

  createStickyNote(props: unknown): StoredStickyNote {
    const { x, y, fields } = parseStickyNote(props);
    this.checkTags(fields.tagIds, 'sticky_note');
    const frame = this.frameToJoin(x, y, 'sticky_note');
    const record: StoredStickyNote = { ...this.common(x, y), type: 'sticky_note', ...fields };
    return this.insertOnBoard(record, frame);
  }

  createCard(props: unknown): StoredCard {
    const { x, y, fields } = parseCard(props);
    this.checkTags(fields.tagIds, 'card');
    const frame = this.frameToJoin(x, y, 'card');
    return this.insertOnBoard({ ...this.common(x, y), type: 'card', ...fields }, frame);
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
    if (next.type === 'sticky_note' || next.type === 'card') this.checkTags(next.tagIds, type);
    if (next.parentId !== null)
      this.checkFits(next, this.records.requireFrame(next.parentId), `Invalid ${type}: At x/y`);
    const children =
      current.type === 'frame' && next.type === 'frame'
        ? this.childrenAfterResize(current, next)
        : [];
    const synced = this.stamp(next);
    for (const item of [synced, ...children]) this.records.putItem(item);
    return synced;
  }

  /** Attaches without moving: the item keeps its board position. */
  attach(frameId: string, itemId: string): StoredItem {
    const frame = this.records.requireFrame(frameId);
    const item = this.require(itemId);
    if (!FRAMES_NEST && item.type === 'frame')
      throw new Error('frame.add: a frame cannot be added to a frame');
    if (item.parentId === frameId) return item;
    const attached = {
      ...item,
      parentId: frameId,
      ...parentRelative(this.boardCenter(item), frame),
    };
    this.checkFits(attached, frame, 'frame.add');
    this.checkRoom(frame, 'frame.add');
    if (item.parentId !== null) this.detach(item.parentId, itemId);
    this.setChildren(frameId, [...frame.childrenIds, itemId]);
    this.records.putItem(attached);
    return attached;
  }

  detach(frameId: string, itemId: string): StoredItem {
    const frame = this.records.requireFrame(frameId);
    const item = this.require(itemId);
    if (item.parentId !== frameId)
      throw new Error(`frame.remove: item ${itemId} is not a child of frame ${frameId}`);
    const detached = { ...item, ...this.boardCenter(item), parentId: null };
    this.setChildren(
      frameId,
      frame.childrenIds.filter((id) => id !== itemId),
    );
    this.records.putItem(detached);
    return detached;
  }

  /**
   * Removes the item and the connectors attached to it. A frame takes its children with it when
   * `takeChildren` (by default the `removeFrameTakesChildren` option); otherwise they stay on
   * the board, detached, where they were.
   */
  remove(id: string, options: { takeChildren?: boolean } = {}): void {
    const item = this.require(id);
    const takeChildren = options.takeChildren ?? this.options.removeFrameTakesChildren;
    const children = item.type === 'frame' ? item.childrenIds : [];
    if (!takeChildren) for (const childId of children) this.detach(id, childId);
    const removed = takeChildren ? [id, ...children] : [id];
    if (item.parentId !== null) {
      const parent = this.records.requireFrame(item.parentId);
      this.setChildren(
        parent.id,
        parent.childrenIds.filter((childId) => childId !== id),
      );
    }
    for (const connector of this.records.allConnectors())
      if (
        CONNECTORS_GO_WITH_THEIR_ENDS &&
        removed.some((removedId) => isAttached(connector, removedId))
      )
        this.records.dropConnector(connector.id);
    for (const removedId of removed) this.records.dropItem(removedId);
  }

  /**
   * Moves the item's centre to a board point inside `frame` (as its child) or, without a frame,
   * onto the board; the caller checks that the point lies inside the frame.
   */
  place(id: string, center: { x: number; y: number }, frame: StoredFrame | undefined): void {
    const item = this.require(id);
    if (item.type === 'frame') throw new Error('A frame cannot be placed in a frame');
    if (frame && item.parentId !== frame.id)
      this.checkRoom(this.records.requireFrame(frame.id), 'place');
    if (item.parentId !== null && item.parentId !== frame?.id) {
      const parent = this.records.requireFrame(item.parentId);
      this.setChildren(
        parent.id,
        parent.childrenIds.filter((childId) => childId !== id),
      );
    }
    if (frame && item.parentId !== frame.id) {
      const current = this.records.requireFrame(frame.id);
      this.setChildren(frame.id, [...current.childrenIds, id]);
    }
    const { x, y } = frame ? parentRelative(center, this.records.requireFrame(frame.id)) : center;
    this.records.putItem(this.stamp({ ...item, parentId: frame?.id ?? null, x, y }));
  }

  /** Writes a changed record of an existing item, stamped as modified now. */
  update(record: StoredItem): void {
    this.require(record.id);
    this.records.putItem(this.stamp(record));
  }

  private checkTags(tagIds: readonly string[], type: string): void {
    tagIds.forEach((tagId, index) => {
      if (!this.records.tag(tagId))
        throw new Error(`Invalid ${type}: At tagIds.${index}: tag ${tagId} does not exist`);
    });
  }

  /**
   * Resizing a frame keeps its children where they are on the board (the frame's centre stays,
   * so their offsets from its top-left corner change); moving it carries them along.
   */
  private childrenAfterResize(before: StoredFrame, after: StoredFrame): StoredItem[] {
    const dx = (after.width - before.width) / 2;
    const dy = (after.height - before.height) / 2;
    if (dx === 0 && dy === 0) return [];
    return after.childrenIds.map((id) => {
      const child = this.require(id);
      const moved = { ...child, x: child.x + dx, y: child.y + dy };
      this.checkFits(moved, after, 'Invalid frame: At width/height');
      return moved;
    });
  }

  /** A child's centre must lie inside its frame (edges included). */
  private checkFits(child: StoredItem, frame: StoredFrame, context: string): void {
    if (CHILDREN_LIE_INSIDE_THEIR_FRAME && !contains(frame, child.x, child.y))
      throw new Error(`${context}: item ${child.id} would lie outside frame ${frame.id}`);
  }

  /** What `attach` would check of each child of a frame still to be made, all before any. */
  private checkNewChildren(
    ids: readonly string[],
    frame: { x: number; y: number; width: number; height: number },
  ): void {
    if (ids.length > MAX_FRAME_CHILDREN)
      throw new Error(
        `Invalid frame: At childrenIds: at most ${MAX_FRAME_CHILDREN} items can be attached to a frame`,
      );
    ids.forEach((id, index) => {
      const at = `Invalid frame: At childrenIds.${index}`;
      const item = this.records.item(id);
      if (!item) throw new Error(`${at}: item ${id} does not exist`);
      if (!FRAMES_NEST && item.type === 'frame')
        throw new Error(`${at}: a frame cannot be added to a frame`);
      if (ids.indexOf(id) !== index) throw new Error(`${at}: ${id} is listed twice`);
      const offset = parentRelative(this.boardCenter(item), frame);
      const outside =
        offset.x < 0 || offset.y < 0 || offset.x > frame.width || offset.y > frame.height;
      if (CHILDREN_LIE_INSIDE_THEIR_FRAME && outside)
        throw new Error(`${at}: item ${id} would lie outside the frame`);
    });
  }

  private checkRoom(frame: StoredFrame, context: string): void {
    if (frame.childrenIds.length >= MAX_FRAME_CHILDREN)
      throw new Error(
        `${context}: frame ${frame.id} already holds ${MAX_FRAME_CHILDREN} items, the most a frame can hold`,
      );
  }

  private setChildren(frameId: string, childrenIds: string[]): void {
    this.records.putItem({ ...this.records.requireFrame(frameId), childrenIds });
  }

  private stamp<T extends StoredItem>(record: T): T {
    return { ...record, modifiedAt: this.options.now(), modifiedBy: this.options.userId };
  }

  private common(x: number, y: number): StoredCommon {
    const now = this.options.now();
    const { userId } = this.options;
    return {
      id: this.records.newId(),
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
    this.records.putItem(record);
    return record;
  }

  /** The frame a new item at the board point joins, if any (an option); it must have room. */
  private frameToJoin(x: number, y: number, type: string): StoredFrame | undefined {
    if (!this.options.attachOnCreateInsideFrame) return undefined;
    const frame = this.frameAt(x, y);
    if (frame) this.checkRoom(frame, `Invalid ${type}`);
    return frame;
  }

  private insertOnBoard<T extends StoredItem>(item: T, frame: StoredFrame | undefined): T {
    this.insert(item);
    return frame ? (this.attach(frame.id, item.id) as T) : item;
  }
}

/** Whether a point measured from the frame's top-left lies inside it, edges included. */
function contains(frame: StoredFrame, x: number, y: number): boolean {
  return x >= 0 && y >= 0 && x <= frame.width && y <= frame.height;
}

function isAttached(connector: StoredConnector, itemId: string): boolean {
  return connector.start?.item === itemId || connector.end?.item === itemId;
}
