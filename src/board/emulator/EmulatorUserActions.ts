import { z } from 'zod';
import type { SdkDropTarget, SdkVotingResult } from '../miro/sdk.ts';
import { DROP_NEEDS_OPEN_PANEL } from '../miroRules/facilitation.ts';
import type { AppChangeHistory, EmulatorCore } from './EmulatorCore.ts';
import type { EmulatorState, EmulatorUser } from './EmulatorState.ts';
import { itemProps } from './itemView.ts';
import { Area, parse } from './sdkArguments.ts';
import type { StoredItem } from './StoredItem.ts';

export const MAX_UNDO_ENTRIES = 100;

const Offset = z.object({ dx: z.number(), dy: z.number() });
const Ids = z.array(z.string());
const Point = z.object({ x: z.number().finite(), y: z.number().finite() });
const Title = z.string().min(1);

/**
 * A person's actions on the emulated board. Each change is validated like the SDK call that
 * would make it and is all-or-nothing. Undo restores the whole board as it was before the
 * person's last change (appData included, the viewport excluded), so it also reverts what the
 * app changed through the SDK since; ids are never handed out twice, so `nextId` is kept.
 * With `appChangesUndoable` (the sandbox), what the app changed since the person's last change
 * is one undo step of its own, before theirs: a tidy, or notes added, undone in one go. Whether
 * Miro's own undo covers changes an app makes through the SDK is unconfirmed.
 */
export class EmulatorUserActions implements EmulatorUser, AppChangeHistory {
  private history: EmulatorState[] = [];
  /** True while the last undo step is the app's, so that the app's next changes join it. */
  private appStepOpen = false;

  constructor(
    private readonly core: EmulatorCore,
    appChangesUndoable = false,
  ) {
    if (appChangesUndoable) core.appChanges = this;
  }

  wantsStateBefore(): boolean {
    return !this.appStepOpen;
  }

  recordAppChange(before: EmulatorState): void {
    this.push(before);
    this.appStepOpen = true;
  }

  get selection(): readonly string[] {
    return this.core.selection;
  }

  get canUndo(): boolean {
    return this.history.length > 0;
  }

  addStickyNote(props: { x: number; y: number; content?: string; color?: string }): string {
    return this.change(() => {
      const { items } = this.core;
      const { x, y, content, color } = props;
      const note = items.createStickyNote({ x, y, content, style: { fillColor: color } });
      const frame = items.frameAt(note.x, note.y);
      if (frame) items.attach(frame.id, note.id);
      return note.id;
    });
  }

  editContent(id: string, content: string): void {
    this.change(() => {
      const item = this.core.items.require(id);
      if (item.type === 'frame') throw new Error(`editContent: frame ${id} has no content`);
      const field = item.type === 'card' ? 'title' : 'content';
      this.core.items.sync({ ...itemProps(item), [field]: content });
    });
  }

  setColor(ids: readonly string[], color: string): void {
    this.change(() => {
      const { items, connectors, records } = this.core;
      for (const id of parse(Ids, 'setColor', ids)) {
        const connector = records.connector(id);
        if (connector)
          connectors.sync({ ...connector, style: { ...connector.style, strokeColor: color } });
        else items.sync(withColor(items.require(id), color));
      }
    });
  }

  moveItems(ids: readonly string[], dx: number, dy: number): void {
    parse(Offset, 'moveItems', { dx, dy });
    if (dx === 0 && dy === 0) return;
    this.change(() => {
      const { items } = this.core;
      const moved = this.requireAll(ids, 'moveItems').flatMap((id) => {
        const item = this.core.records.item(id);
        return item ? [item] : [];
      });
      const frameIds = new Set(moved.filter((item) => item.type === 'frame').map((f) => f.id));
      for (const item of moved)
        if (item.type === 'frame') items.update({ ...item, x: item.x + dx, y: item.y + dy });
      for (const { id, type, parentId } of moved) {
        if (type === 'frame' || (parentId !== null && frameIds.has(parentId))) continue;
        const center = items.boardCenter(items.require(id));
        const target = { x: center.x + dx, y: center.y + dy };
        items.place(id, target, items.frameAt(target.x, target.y));
      }
    });
  }

  deleteItems(ids: readonly string[]): void {
    this.change(() => {
      const { items, connectors, records } = this.core;
      for (const id of this.requireAll(ids, 'deleteItems')) {
        if (records.connector(id)) connectors.remove(id);
        // Miro's UI deletes a frame's content with it.
        else if (records.item(id)) items.remove(id, { takeChildren: true });
      }
    });
  }

  select(ids: readonly string[]): void {
    this.core.setSelection(this.requireAll(ids, 'select'));
  }

  undo(): boolean {
    this.appStepOpen = false;
    const previous = this.history.pop();
    if (!previous) return false;
    const current = this.core.exportState();
    const nextId =
      BigInt(current.nextId) > BigInt(previous.nextId) ? current.nextId : previous.nextId;
    this.core.restore({ ...previous, viewport: current.viewport, nextId });
    return true;
  }

  setViewport(viewport: { x: number; y: number; width: number; height: number }): void {
    this.core.setViewport(parse(Area, 'setViewport', viewport));
  }

  drop(target: SdkDropTarget, x: number, y: number): void {
    const point = parse(Point, 'drop', { x, y });
    if (DROP_NEEDS_OPEN_PANEL && this.core.openedPanel === undefined)
      throw new Error('drop: items can be dropped on the board only from an open panel');
    this.core.events.emit('drop', () => ({ ...point, target }));
  }

  startVoting(title: string): void {
    this.core.requireFeature('voting', 'startVoting');
    this.core.voting.start(parse(Title, 'startVoting', title), this.core.now());
    this.core.events.notify({ kind: 'voting' });
  }

  vote(itemId: string): void {
    this.requireAll([itemId], 'vote');
    this.core.voting.vote(itemId);
    this.core.events.notify({ kind: 'voting' });
  }

  unvote(itemId: string): void {
    this.core.voting.unvote(itemId);
    this.core.events.notify({ kind: 'voting' });
  }

  endVoting(): SdkVotingResult {
    const result = this.core.voting.end();
    this.core.events.notify({ kind: 'voting' });
    return result;
  }

  clearHistory(): void {
    this.history = [];
    this.appStepOpen = false;
  }

  private push(before: EmulatorState): void {
    this.history.push(before);
    if (this.history.length > MAX_UNDO_ENTRIES) this.history.shift();
  }

  /** The ids, deduplicated, each of an item or connector on the board. */
  private requireAll(ids: readonly string[], method: string): string[] {
    const unique = [...new Set(parse(Ids, method, ids))];
    for (const id of unique)
      if (!this.core.records.item(id) && !this.core.records.connector(id))
        throw new Error(`${method}: item ${id} does not exist on the board`);
    return unique;
  }

  /** Runs a change all-or-nothing; one that changed something can be undone. */
  private change<T>(action: () => T): T {
    const before = this.core.exportState();
    let result: T;
    try {
      result = action();
    } catch (error) {
      this.core.records.load(before);
      throw error;
    }
    const changes = this.core.records.takeChanges();
    const changed = changes.created.length + changes.updated.length + changes.deleted.length > 0;
    if (!changed) return result;
    this.push(before);
    this.appStepOpen = false;
    this.core.publish(changes);
    return result;
  }
}

/** The item's props with its colour set: the fill of a sticky note, frame or shape, the font
 * colour of a text, the theme of a card. */
function withColor(
  item: StoredItem,
  color: string,
): { readonly id: string } & Record<string, unknown> {
  const props = itemProps(item);
  switch (props.type) {
    case 'sticky_note':
    case 'frame':
    case 'shape':
      return { ...props, style: { ...props.style, fillColor: color } };
    case 'text':
      return { ...props, style: { ...props.style, color } };
    case 'card':
      return { ...props, style: { ...props.style, cardTheme: color } };
  }
}
