import type { AppData, AppDataValue, Rect as SdkRect } from '@mirohq/websdk-types';
import type { SdkBoardFeature } from '../miro/sdk.ts';
import type { BoardContent } from './BoardRecords.ts';
import { BoardRecords } from './BoardRecords.ts';
import type { CallMeterOptions } from './CallMeter.ts';
import { CallMeter } from './CallMeter.ts';
import type { RecordChanges, StoredRecord } from './ChangeLog.ts';
import { ConnectorStore } from './ConnectorStore.ts';
import { diffContent } from './diffContent.ts';
import { EmulatorEvents } from './EmulatorEvents.ts';
import type { EmulatorSdkItem, EmulatorSdkObject } from './EmulatorSdkItem.ts';
import type { EmulatorState } from './EmulatorState.ts';
import type { ItemActions } from './itemView.ts';
import { connectorView, itemView, tagView } from './itemView.ts';
import type { ItemStoreOptions } from './ItemStore.ts';
import { ItemMetadata } from './ItemMetadata.ts';
import { ItemStore } from './ItemStore.ts';
import { ItemRef, parse } from './sdkArguments.ts';
import { CREDITS_PER_CALL } from '../miroRules/limits.ts';
import { TagStore } from './TagStore.ts';
import type { Schedule } from './EmulatorTimer.ts';
import { EmulatorTimer } from './EmulatorTimer.ts';
import { EmulatorVoting } from './EmulatorVoting.ts';

export type EmulatorNotification = { level: 'info' | 'error'; message: string };

/** Keeps the board as it was before changes the app makes through the SDK, to undo them. */
export interface AppChangeHistory {
  /** Whether the next change the app makes should be recorded, with the board before it. */
  wantsStateBefore(): boolean;
  recordAppChange(before: EmulatorState): void;
}

/** The SDK calls that can change the board; the others only read it. */
const CHANGING_CALL =
  /^((item|tag)\.sync|item\.setMetadata|frame\.(add|remove)|board\.(create\w+|remove|setAppData))$/;

export type EmulatorCoreOptions = {
  items: ItemStoreOptions;
  metadataBytesPerItem: number;
  meter: CallMeterOptions;
  viewport: SdkRect;
  /** Sets the timer's finish on the meter's clock. */
  schedule: Schedule;
  /** What `board.canUse` answers. */
  features: Record<SdkBoardFeature, boolean>;
};

/**
 * The state of an emulated board and the one path every change takes: SDK calls are metered,
 * and after any change subscribers hear of it at once and the app's handlers soon after.
 */
export class EmulatorCore {
  readonly records = new BoardRecords();
  readonly items: ItemStore;
  readonly connectors: ConnectorStore;
  readonly tags: TagStore;
  readonly metadata: ItemMetadata;
  readonly events = new EmulatorEvents();
  readonly meter: CallMeter;
  private appDataValue: AppData = {};
  openedPanel: { url: string; height?: number } | undefined;
  readonly timer: EmulatorTimer;
  /** Miro's voting tool, which people run (the SDK cannot start a vote). */
  readonly voting = new EmulatorVoting();
  readonly features: Readonly<Record<SdkBoardFeature, boolean>>;
  /** The time as Miro stamps items with it (ISO 8601). */
  readonly now: () => string;
  private readonly shown: EmulatorNotification[] = [];
  private viewportRect: SdkRect;
  private selectionIds: readonly string[] = [];
  /** Told of the app's changes, where they can be undone (the sandbox); null elsewhere. */
  appChanges: AppChangeHistory | null = null;

  constructor(options: EmulatorCoreOptions) {
    this.items = new ItemStore(this.records, options.items);
    this.connectors = new ConnectorStore(this.records, options.items);
    this.tags = new TagStore(this.records);
    this.metadata = new ItemMetadata(this.records, options.metadataBytesPerItem);
    this.meter = new CallMeter(options.meter);
    this.viewportRect = { ...options.viewport };
    this.now = options.items.now;
    this.timer = new EmulatorTimer(options.meter.clock, options.schedule);
    this.features = { ...options.features };
    this.timer.subscribe(() => this.events.notify({ kind: 'timer' }));
  }

  /** Throws as Miro does when the board's plan lacks the feature. */
  requireFeature(feature: SdkBoardFeature, method: string): void {
    if (!this.features[feature])
      throw new Error(
        `${method}: ${feature} is only available on paid plans (canUse('${feature}') is false)`,
      );
  }

  readonly actions: ItemActions = {
    sync: (view) =>
      this.call(`${view.type === 'tag' ? 'tag' : 'item'}.sync`, () => {
        const synced =
          view.type === 'connector'
            ? this.connectors.sync(view)
            : view.type === 'tag'
              ? this.tags.sync(view)
              : this.items.sync(view);
        Object.assign(view, { ...this.view(synced) });
      }),
    getMetadata: (view, key) =>
      // Miro resolves to undefined for a missing key, although its types say otherwise.
      this.call('item.getMetadata', () => this.metadata.get(view.id, key) as AppDataValue),
    setMetadata: (view, key, value) =>
      this.call('item.setMetadata', () => this.metadata.set(view.id, key, value)),
    add: (frame, item) =>
      this.call('frame.add', () => {
        const attached = this.items.attach(frame.id, parse(ItemRef, 'frame.add', item).id);
        frame.childrenIds = [...this.records.requireFrame(frame.id).childrenIds];
        return this.view(attached);
      }),
    remove: (frame, item) =>
      this.call('frame.remove', () => {
        this.items.detach(frame.id, parse(ItemRef, 'frame.remove', item).id);
        frame.childrenIds = [...this.records.requireFrame(frame.id).childrenIds];
      }),
  };

  get viewport(): SdkRect {
    return { ...this.viewportRect };
  }

  get selection(): readonly string[] {
    return [...this.selectionIds];
  }

  /** A metered SDK call; whatever it changed is published, even when it throws. */
  call<T>(method: string, operation: () => T): Promise<T> {
    return this.meter.run(method, CREDITS_PER_CALL, () => {
      const history = CHANGING_CALL.test(method) ? this.appChanges : null;
      const before = history?.wantsStateBefore() ? this.exportState() : null;
      try {
        return operation();
      } finally {
        const changes = this.records.takeChanges();
        const { created, updated, deleted } = changes;
        if (before && created.length + updated.length + deleted.length > 0)
          history?.recordAppChange(before);
        this.publish(changes);
      }
    });
  }

  view(record: StoredRecord): EmulatorSdkObject {
    switch (record.type) {
      case 'connector':
        return connectorView(record, this.actions);
      case 'tag':
        return tagView(record, this.actions);
      default:
        return itemView(record, this.actions);
    }
  }

  /** The SDK objects of the items and connectors among `ids`, in that order. */
  itemViews(ids: readonly string[]): EmulatorSdkItem[] {
    return ids.flatMap((id) => {
      const record = this.records.item(id) ?? this.records.connector(id);
      return record ? [this.view(record) as EmulatorSdkItem] : [];
    });
  }

  setViewport(viewport: SdkRect): void {
    this.viewportRect = { ...viewport };
    this.events.notify({ kind: 'viewport' });
  }

  setSelection(ids: readonly string[]): void {
    const unique = [...new Set(ids)];
    const same =
      unique.length === this.selectionIds.length &&
      unique.every((id, index) => id === this.selectionIds[index]);
    if (same) return;
    this.selectionIds = unique;
    this.events.notify({ kind: 'selection' });
    this.events.emit('selection:update', () => ({ items: this.itemViews(this.selectionIds) }));
  }

  /**
   * Tells subscribers and the app's handlers what changed. Tags are not board items: subscribers
   * hear of them, the SDK events leave them out. Deleted items leave the selection.
   */
  publish(changes: RecordChanges): void {
    const { created, updated, deleted } = changes;
    if (created.length > 0) this.events.notify({ kind: 'create', itemIds: created });
    if (updated.length > 0) this.events.notify({ kind: 'update', itemIds: updated });
    if (deleted.length > 0)
      this.events.notify({ kind: 'delete', itemIds: deleted.map((record) => record.id) });
    this.emitSdkEvents(changes);
  }

  private emitSdkEvents({ created, updated, deleted }: RecordChanges): void {
    const deletedIds = deleted.map((record) => record.id);
    this.emitItems('items:create', created);
    this.emitItems('experimental:items:update', updated);
    const deletedItems = deleted.filter((record) => record.type !== 'tag');
    if (deletedItems.length > 0)
      this.events.emit('items:delete', () => ({
        items: deletedItems.map((record) => this.view(record) as EmulatorSdkItem),
      }));
    this.setSelection(this.selectionIds.filter((id) => !deletedIds.includes(id)));
  }

  /** App data changes no item: subscribers hear of an update of no items. */
  get appData(): Readonly<AppData> {
    return this.appDataValue;
  }

  /** Replaces the board's app data (already checked against the limits) and tells subscribers. */
  setAppData(appData: AppData): void {
    this.appDataValue = structuredClone(appData);
    this.events.notify({ kind: 'update', itemIds: [] });
  }

  /** What the app has shown with `board.notifications`, oldest first. */
  get notifications(): readonly EmulatorNotification[] {
    return this.shown;
  }

  notify(notification: EmulatorNotification): void {
    this.shown.push(notification);
  }

  exportState(): EmulatorState {
    const { items, connectors, tags, nextId } = this.records.export();
    return {
      version: 1,
      items,
      connectors,
      tags,
      appData: structuredClone(this.appDataValue),
      nextId,
      viewport: this.viewport,
    };
  }

  /**
   * Puts the board in `state` (already validated), raising the SDK events that turn the old
   * board into the new one, and a reset for subscribers.
   */
  restore(state: EmulatorState): void {
    const content: BoardContent = structuredClone({
      items: state.items,
      connectors: state.connectors,
      tags: state.tags,
      nextId: state.nextId,
    });
    const changes = diffContent(this.records.export(), content);
    this.records.load(content);
    this.appDataValue = structuredClone(state.appData);
    this.viewportRect = { ...state.viewport };
    this.events.notify({ kind: 'reset' });
    this.emitSdkEvents(changes);
  }

  private emitItems(event: 'items:create' | 'experimental:items:update', ids: string[]): void {
    const itemIds = ids.filter((id) => !this.records.tag(id));
    if (itemIds.length > 0) this.events.emit(event, () => ({ items: this.itemViews(itemIds) }));
  }
}
