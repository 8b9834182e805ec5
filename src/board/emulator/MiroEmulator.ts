import type { AppData, Rect as SdkRect } from '@mirohq/websdk-types';
import type { MiroSdk, SdkBoardFeature, SdkTimerInstance, SdkVotingResult } from '../miro/sdk.ts';
import { DEFAULT_CAN_USE_TIMER, DEFAULT_CAN_USE_VOTING } from '../miroRules/facilitation.ts';
import { realSleep } from '../retry.ts';
import type { Clock, EmulatorStats, Sleep } from './CallMeter.ts';
import type { EmulatorBoard } from './createEmulatorBoard.ts';
import { createEmulatorBoard } from './createEmulatorBoard.ts';
import type { EmulatorNotification } from './EmulatorCore.ts';
import { EmulatorCore } from './EmulatorCore.ts';
import type { BoardChange, EmulatorState, EmulatorUser } from './EmulatorState.ts';
import { realSchedule, type Schedule } from './EmulatorTimer.ts';
import { EmulatorUserActions } from './EmulatorUserActions.ts';
import type { VotingSession } from './EmulatorVoting.ts';
import type { FaultInjector } from './faults.ts';
import { RATE_LIMIT_MESSAGE } from './faults.ts';
import { itemProps } from './itemView.ts';
import { DEFAULT_LIMITS, type EmulatorLimits } from './EmulatorLimits.ts';
import type { CreateFrameChildren } from '../miroRules/limits.ts';
import {
  DEFAULT_ATTACH_ON_CREATE_INSIDE_FRAME,
  DEFAULT_CREATE_FRAME_CHILDREN,
  DEFAULT_REMOVE_FRAME_TAKES_CHILDREN,
} from '../miroRules/limits.ts';
import type { StoredConnector, StoredItem, StoredTag } from './StoredItem.ts';

export type { EmulatorBoard } from './createEmulatorBoard.ts';
export type { EmulatorNotification } from './EmulatorCore.ts';

export type MiroEmulatorOptions = {
  /** Milliseconds since the epoch; drives timestamps and the rate limit. Default `Date.now`. */
  clock?: Clock;
  /**
   * Runs a callback after some milliseconds of `clock` (the board timer's finish). Default: a
   * real `setTimeout`; with a `SimulatedClock`, its `after`.
   */
  schedule?: Schedule;
  /** What `board.canUse` answers; the defaults are in miroRules/facilitation.ts (a paid plan). */
  canUse?: Partial<Record<SdkBoardFeature, boolean>>;
  /** Awaited for `latencyMs` before each call. Default: a real `setTimeout`. */
  sleep?: Sleep;
  latencyMs?: number;
  faults?: FaultInjector;
  /** The text of the error a call gets when credits run out; Miro documents none. */
  rateLimitMessage?: string;
  limits?: Partial<EmulatorLimits>;
  /** See `DEFAULT_ATTACH_ON_CREATE_INSIDE_FRAME` in miroRules/limits.ts. */
  attachOnCreateInsideFrame?: boolean;
  /** What `createFrame({ childrenIds })` does; see `DEFAULT_CREATE_FRAME_CHILDREN`. */
  createFrameChildren?: CreateFrameChildren;
  /** Whether `board.remove(frame)` removes its children; see `DEFAULT_REMOVE_FRAME_TAKES_CHILDREN`. */
  removeFrameTakesChildren?: boolean;
  userId?: string;
  /** The name `getUserInfo` and `getOnlineUsers` give for `userId`. */
  userName?: string;
  /** Top-left based, as `viewport.get()` returns it. Ignored when `state` is given. */
  viewport?: SdkRect;
  /** A board to start from, already validated (see `parseEmulatorState`). */
  state?: EmulatorState;
  /** Whether the person can undo what the app changed, in one step (see EmulatorUserActions). */
  appChangesUndoable?: boolean;
};

/** An item as stored, plus where its centre is on the board. */
export type EmulatorItemState = StoredItem & {
  relativeTo: 'canvas_center' | 'parent_top_left';
  boardX: number;
  boardY: number;
};

export type EmulatorSnapshot = { items: EmulatorItemState[]; appData: AppData };

const DEFAULT_VIEWPORT: SdkRect = { x: -960, y: -540, width: 1920, height: 1080 };
const DEFAULT_USER_ID = '3074457350987654321';
const DEFAULT_USER_NAME = 'Sandbox User';

/** An in-memory Miro board behind the same SDK surface the app uses inside Miro. */
export class MiroEmulator implements MiroSdk {
  readonly board: EmulatorBoard;
  /** What a person does through Miro's own UI; free of credits, faults and latency. */
  readonly user: EmulatorUser;
  private readonly core: EmulatorCore;
  private readonly userActions: EmulatorUserActions;

  constructor(options: MiroEmulatorOptions = {}) {
    const clock = options.clock ?? { now: () => Date.now() };
    const userId = options.userId ?? DEFAULT_USER_ID;
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const now = () => new Date(clock.now()).toISOString();
    this.core = new EmulatorCore({
      items: {
        now,
        userId,
        attachOnCreateInsideFrame:
          options.attachOnCreateInsideFrame ?? DEFAULT_ATTACH_ON_CREATE_INSIDE_FRAME,
        createFrameChildren: options.createFrameChildren ?? DEFAULT_CREATE_FRAME_CHILDREN,
        removeFrameTakesChildren:
          options.removeFrameTakesChildren ?? DEFAULT_REMOVE_FRAME_TAKES_CHILDREN,
      },
      metadataBytesPerItem: limits.metadataBytesPerItem,
      meter: {
        clock,
        sleep: options.sleep ?? realSleep,
        latencyMs: options.latencyMs ?? 0,
        faults: options.faults,
        creditsPerMinute: limits.creditsPerMinute,
        creditsPerHour: limits.creditsPerHour,
        rateLimitMessage: options.rateLimitMessage ?? RATE_LIMIT_MESSAGE,
      },
      viewport: options.viewport ?? DEFAULT_VIEWPORT,
      schedule: options.schedule ?? realSchedule,
      features: {
        timer: options.canUse?.timer ?? DEFAULT_CAN_USE_TIMER,
        voting: options.canUse?.voting ?? DEFAULT_CAN_USE_VOTING,
      },
    });
    if (options.state) this.core.restore(options.state);
    const user = { id: userId, name: options.userName ?? DEFAULT_USER_NAME };
    this.board = createEmulatorBoard(this.core, limits, user);
    this.userActions = new EmulatorUserActions(this.core, options.appChangesUndoable ?? false);
    this.user = this.userActions;
  }

  get stats(): EmulatorStats {
    return this.core.meter.snapshot();
  }

  resetStats(): void {
    this.core.meter.reset();
  }

  get faults(): FaultInjector | undefined {
    return this.core.meter.faults;
  }

  set faults(faults: FaultInjector | undefined) {
    this.core.meter.faults = faults;
  }

  get latencyMs(): number {
    return this.core.meter.latencyMs;
  }

  set latencyMs(ms: number) {
    this.core.meter.latencyMs = ms;
  }

  get viewport(): SdkRect {
    return this.core.viewport;
  }

  get openedPanel(): { url: string; height?: number } | undefined {
    return this.core.openedPanel;
  }

  /** Records voting sessions as Miro's voting tool would; `getVotingResults` returns them. */
  setVotingResults(results: readonly SdkVotingResult[]): void {
    this.core.voting.setResults(results);
  }

  /** The board's timer as everyone on the board sees it; reading it costs no credits. */
  get timer(): SdkTimerInstance {
    return this.core.timer.get();
  }

  /** The vote open on the board, if any (see `user.startVoting`). */
  get voting(): VotingSession | null {
    return this.core.voting.session;
  }

  get notifications(): readonly EmulatorNotification[] {
    return this.core.notifications;
  }

  /** What a person clicking the app's icon in Miro's toolbar triggers. */
  clickIcon(): void {
    this.core.events.emit('icon:click', () => undefined);
  }

  /**
   * Calls `listener` synchronously after every change to the board, made through the SDK or by
   * the user. Returns the function that unsubscribes it.
   */
  subscribe(listener: (change: BoardChange) => void): () => void {
    return this.core.events.subscribe(listener);
  }

  /** The board's items (not connectors), in creation order, with stored and board coordinates. */
  items(): EmulatorItemState[] {
    const store = this.core.items;
    return store.list().map((item) => {
      const center = store.boardCenter(item);
      return {
        ...structuredClone(item),
        relativeTo: itemProps(item).relativeTo,
        boardX: center.x,
        boardY: center.y,
      };
    });
  }

  connectors(): StoredConnector[] {
    return structuredClone(this.core.records.allConnectors());
  }

  tags(): StoredTag[] {
    return structuredClone(this.core.records.allTags());
  }

  /** Everything an app can change on the board, as plain data to deep-compare. */
  snapshot(): EmulatorSnapshot {
    return { items: this.items(), appData: structuredClone(this.core.appData) };
  }

  /** A deep copy of the whole board, plain JSON. */
  exportState(): EmulatorState {
    return this.core.exportState();
  }

  /**
   * Replaces the whole board with `state` (validate untrusted data with `parseEmulatorState`
   * first). Clears the selection and the undo history; subscribers get a reset.
   */
  replaceState(state: EmulatorState): void {
    this.core.setSelection([]);
    this.userActions.clearHistory();
    this.core.restore(state);
  }

  /** Empties the board, app data included, keeping the view and the id counter (ids are never reused). */
  clear(): void {
    const { nextId, viewport } = this.exportState();
    this.replaceState({
      version: 1,
      items: [],
      connectors: [],
      tags: [],
      appData: {},
      nextId,
      viewport,
    });
  }
}
