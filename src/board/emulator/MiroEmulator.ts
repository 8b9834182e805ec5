import type { AppData, AppDataValue, Rect as SdkRect } from '@mirohq/websdk-types';
import { z } from 'zod';
import { describeIssues } from '../../core/validation/describeIssues.ts';
import type { MiroSdk, SdkFrame, SdkItem } from '../miro/sdk.ts';
import { realSleep } from '../retry.ts';
import type { Clock, EmulatorStats, Sleep } from './CallMeter.ts';
import { CallMeter } from './CallMeter.ts';
import type { FaultInjector } from './faults.ts';
import { findEmptySpace } from './findEmptySpace.ts';
import { fitViewport } from './fitViewport.ts';
import type { ItemActions } from './itemView.ts';
import { itemProps, itemView } from './itemView.ts';
import { ItemStore } from './ItemStore.ts';
import { assertJsonValue, jsonByteSize, withEntry } from './jsonValue.ts';
import type { EmulatorLimits } from './limits.ts';
import { CREDITS_PER_CALL, DEFAULT_LIMITS } from './limits.ts';
import type { StoredItem } from './StoredItem.ts';

export type MiroEmulatorOptions = {
  /** Milliseconds since the epoch; drives timestamps and the rate limit. Default `Date.now`. */
  clock?: Clock;
  /** Awaited for `latencyMs` before each call. Default: a real `setTimeout`. */
  sleep?: Sleep;
  latencyMs?: number;
  faults?: FaultInjector;
  limits?: Partial<EmulatorLimits>;
  /** Unconfirmed in Miro: whether an item created over a frame becomes its child. Default false. */
  attachOnCreateInsideFrame?: boolean;
  userId?: string;
  /** Top-left based, as `viewport.get()` returns it. */
  viewport?: SdkRect;
};

/** An item as stored, plus where its centre is on the board. */
export type EmulatorItemState = StoredItem & {
  relativeTo: 'canvas_center' | 'parent_top_left';
  boardX: number;
  boardY: number;
};

export type EmulatorSnapshot = { items: EmulatorItemState[]; appData: AppData };
export type EmulatorNotification = { level: 'info' | 'error'; message: string };

type SdkBoard = MiroSdk['board'];
export type EmulatorBoard = SdkBoard & {
  get(filter?: { type?: string | string[] }): Promise<SdkItem[]>;
  getById(id: string): Promise<SdkItem>;
  viewport: SdkBoard['viewport'] & { set(options: { viewport: SdkRect }): Promise<SdkRect> };
  ui: SdkBoard['ui'] & { closePanel(): Promise<void> };
};

const DEFAULT_VIEWPORT: SdkRect = { x: -960, y: -540, width: 1920, height: 1080 };
const DEFAULT_USER_ID = '3074457350987654321';

const ItemRef = z.looseObject({ id: z.string().min(1) });
const Key = z.string().min(1);
const Message = z.string().min(1);
const Area = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().positive(),
  height: z.number().positive(),
});
const EmptySpaceRequest = Area.extend({ offset: z.number().min(0).optional() });
const ViewportOptions = z.looseObject({ viewport: Area });
const PanelOptions = z.looseObject({ url: z.string().min(1), height: z.number().optional() });
const TypeFilter = z.object({ type: z.union([z.string(), z.array(z.string())]).optional() });

function parse<S extends z.ZodType>(schema: S, method: string, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(`${method}: ${describeIssues(result.error)}`);
  return result.data;
}

/** An in-memory Miro board behind the same SDK surface the app uses inside Miro. */
export class MiroEmulator implements MiroSdk {
  readonly board: EmulatorBoard;
  openedPanel: { url: string; height?: number } | undefined;
  readonly notifications: EmulatorNotification[] = [];
  private readonly limits: EmulatorLimits;
  private readonly store: ItemStore;
  private readonly meter: CallMeter;
  private readonly iconClickHandlers: Array<() => void> = [];
  private appData: AppData = {};
  private viewportRect: SdkRect;

  constructor(options: MiroEmulatorOptions = {}) {
    const clock = options.clock ?? { now: () => Date.now() };
    const userId = options.userId ?? DEFAULT_USER_ID;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.viewportRect = { ...(options.viewport ?? DEFAULT_VIEWPORT) };
    this.store = new ItemStore({
      now: () => new Date(clock.now()).toISOString(),
      userId,
      attachOnCreateInsideFrame: options.attachOnCreateInsideFrame ?? false,
      metadataBytesPerItem: this.limits.metadataBytesPerItem,
    });
    this.meter = new CallMeter({
      clock,
      sleep: options.sleep ?? realSleep,
      latencyMs: options.latencyMs ?? 0,
      faults: options.faults,
      creditsPerMinute: this.limits.creditsPerMinute,
    });
    this.board = this.createBoard();
  }

  get stats(): EmulatorStats {
    return this.meter.snapshot();
  }

  resetStats(): void {
    this.meter.reset();
  }

  get faults(): FaultInjector | undefined {
    return this.meter.faults;
  }

  set faults(faults: FaultInjector | undefined) {
    this.meter.faults = faults;
  }

  get latencyMs(): number {
    return this.meter.latencyMs;
  }

  set latencyMs(ms: number) {
    this.meter.latencyMs = ms;
  }

  get viewport(): SdkRect {
    return { ...this.viewportRect };
  }

  /** What a person clicking the app's icon in Miro's toolbar triggers. */
  clickIcon(): void {
    for (const handler of this.iconClickHandlers) handler();
  }

  /** The board's items, in creation order, with both stored and board coordinates. */
  items(): EmulatorItemState[] {
    return this.store.list().map((item) => ({
      ...structuredClone(item),
      relativeTo: itemProps(item).relativeTo,
      ...boardXY(this.store.boardCenter(item)),
    }));
  }

  /** Everything an app can change on the board, as plain data to deep-compare. */
  snapshot(): EmulatorSnapshot {
    return { items: this.items(), appData: structuredClone(this.appData) };
  }

  private call<T>(method: string, operation: () => T): Promise<T> {
    return this.meter.run(method, CREDITS_PER_CALL, operation);
  }

  private view(record: StoredItem): SdkItem {
    return itemView(record, this.actions);
  }

  private readonly actions: ItemActions = {
    sync: (view) =>
      this.call('item.sync', () => {
        Object.assign(view, itemProps(this.store.sync(view)));
      }),
    getMetadata: (view, key) =>
      // Miro resolves to undefined for a missing key, although its types say otherwise.
      this.call('item.getMetadata', () => this.store.getMetadata(view.id, key) as AppDataValue),
    setMetadata: (view, key, value) =>
      this.call('item.setMetadata', () => this.store.setMetadata(view.id, key, value)),
    add: (frame, item) =>
      this.call('frame.add', () => {
        const attached = this.store.attach(frame.id, parse(ItemRef, 'frame.add', item).id);
        this.refreshChildren(frame);
        return this.view(attached);
      }),
    remove: (frame, item) =>
      this.call('frame.remove', () => {
        this.store.detach(frame.id, parse(ItemRef, 'frame.remove', item).id);
        this.refreshChildren(frame);
      }),
  };

  private refreshChildren(frame: SdkFrame): void {
    const stored = this.store.require(frame.id);
    if (stored.type === 'frame') frame.childrenIds = [...stored.childrenIds];
  }

  private setAppData(key: unknown, value: unknown): AppData {
    const name = parse(Key, 'setAppData', key);
    assertJsonValue(`appData.${name}`, value);
    const next = withEntry(this.appData, name, structuredClone(value));
    const bytes = jsonByteSize(next);
    if (bytes > this.limits.appDataBytes)
      throw new Error(
        `setAppData: app data would take ${bytes} bytes; the limit is ${this.limits.appDataBytes}`,
      );
    this.appData = next;
    return structuredClone(next);
  }

  private createBoard(): EmulatorBoard {
    const store = this.store;
    return {
      createFrame: (props) =>
        this.call('board.createFrame', () => itemView(store.createFrame(props), this.actions)),
      createShape: (props) =>
        this.call('board.createShape', () => itemView(store.createShape(props), this.actions)),
      createText: (props) =>
        this.call('board.createText', () => itemView(store.createText(props), this.actions)),
      createStickyNote: (props) =>
        this.call('board.createStickyNote', () =>
          itemView(store.createStickyNote(props), this.actions),
        ),
      remove: (item) =>
        this.call('board.remove', () => store.remove(parse(ItemRef, 'remove', item).id)),
      get: (filter) =>
        this.call('board.get', () => {
          const { type } = parse(TypeFilter, 'get', filter ?? {});
          const types = type === undefined ? undefined : [type].flat();
          return store
            .list()
            .filter((item) => types === undefined || types.includes(item.type))
            .map((item) => this.view(item));
        }),
      getById: (id) =>
        this.call('board.getById', () => this.view(store.require(parse(Key, 'getById', id)))),
      findEmptySpace: (dimensions) =>
        this.call('board.findEmptySpace', () => {
          const request = parse(EmptySpaceRequest, 'findEmptySpace', dimensions);
          const occupied = store.list().map((item) => store.boardRect(item));
          return findEmptySpace(request, occupied);
        }),
      getAppData: (key) =>
        this.call('board.getAppData', () => {
          const value = this.appData[parse(Key, 'getAppData', key)];
          // Miro resolves to undefined for a missing key, although its types say otherwise.
          return structuredClone(value) as AppDataValue;
        }),
      setAppData: (key, value) => this.call('board.setAppData', () => this.setAppData(key, value)),
      viewport: {
        get: () => this.call('board.viewport.get', () => this.viewport),
        set: (options) =>
          this.call('board.viewport.set', () => {
            this.viewportRect = { ...parse(ViewportOptions, 'viewport.set', options).viewport };
            return this.viewport;
          }),
        zoomTo: (items) =>
          this.call('board.viewport.zoomTo', () => {
            const refs = parse(z.array(ItemRef).min(1), 'viewport.zoomTo', [items].flat());
            const rects = refs.map((ref) => store.boardRect(store.require(ref.id)));
            this.viewportRect = fitViewport(rects, this.viewportRect);
          }),
      },
      ui: {
        on: (event, handler) => {
          if (event !== 'icon:click') throw new Error(`ui.on: unsupported event ${String(event)}`);
          this.iconClickHandlers.push(handler);
        },
        openPanel: (options) =>
          this.call('board.ui.openPanel', () => {
            const { url, height } = parse(PanelOptions, 'ui.openPanel', options);
            this.openedPanel = height === undefined ? { url } : { url, height };
            return undefined;
          }),
        closePanel: () =>
          this.call('board.ui.closePanel', () => {
            this.openedPanel = undefined;
          }),
      },
      notifications: {
        showInfo: (message) => this.notify('info', message, 'board.notifications.showInfo'),
        showError: (message) => this.notify('error', message, 'board.notifications.showError'),
      },
    };
  }

  private notify(level: 'info' | 'error', message: unknown, method: string): Promise<void> {
    return this.call(method, () => {
      this.notifications.push({ level, message: parse(Message, method, message) });
    });
  }
}

function boardXY(center: { x: number; y: number }): { boardX: number; boardY: number } {
  return { boardX: center.x, boardY: center.y };
}
