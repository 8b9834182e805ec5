import { describeIssues } from '../../../core/validation/describeIssues.ts';
import type { BoardPlan, SummaryPlan } from '../../../core/layout/BoardPlan.ts';
import type { BoardRect } from '../../../core/geometry/Rect.ts';
import type { SnapshotRead } from '../../../core/snapshot/BoardSnapshot.ts';
import type {
  AddedNotes,
  ApplyOptions,
  Board,
  BoardDrop,
  BoardTimer,
  BoardTimerChange,
  BoardTimerState,
  InsertedMap,
  MovedNotes,
  NewNote,
  NoteMove,
  SummaryPlace,
} from '../../port.ts';
import { BoardError } from '../../port.ts';
import type { After, BridgeChannel, BridgeLogger } from './BridgeChannel.ts';
import { realAfter } from './BridgeChannel.ts';
import { errorFromData } from './bridgeError.ts';
import type { BridgeCall, BridgeEventData, BridgeMethod } from './bridgeMessages.schema.ts';
import { BridgeValue, isBridgeMessage, ToPanel } from './bridgeMessages.schema.ts';

export type BridgeBoardOptions = {
  logger: BridgeLogger;
  /** How long a call waits for the plugin's answer, in milliseconds; each event it gets restarts it. */
  timeoutMs?: number;
  after?: After;
};

export const DEFAULT_TIMEOUT_MS = 30_000;

type Pending = {
  method: BridgeMethod;
  resolve: (value: unknown) => void;
  reject: (error: BoardError) => void;
  onEvent?: (event: BridgeEventData) => void;
  restartClock: () => void;
  stopClock: () => void;
};

/**
 * The Board of the plugin's UI iframe: each call goes over `channel` to `serveBoard` in the main
 * thread, which runs it on the real board and answers.
 */
export class BridgeBoard implements Board {
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<number, (event: BridgeEventData) => void>();
  private readonly timeoutMs: number;
  private readonly after: After;
  private readonly logger: BridgeLogger;
  private timerPromise: Promise<BoardTimer | null> | undefined;
  /** Stops listening to the channel. */
  readonly close: () => void;

  constructor(
    private readonly channel: BridgeChannel,
    options: BridgeBoardOptions,
  ) {
    this.logger = options.logger;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.after = options.after ?? realAfter;
    this.close = channel.onMessage((message) => this.receive(message));
  }

  apply(plan: BoardPlan, options?: ApplyOptions): Promise<InsertedMap> {
    const onProgress = options?.onProgress;
    return this.call(
      { method: 'apply', plan, progress: onProgress !== undefined },
      onProgress && progressListener(onProgress),
    );
  }

  addSummary(
    plan: SummaryPlan,
    nextTo: SummaryPlace,
    options?: ApplyOptions,
  ): Promise<InsertedMap> {
    const onProgress = options?.onProgress;
    return this.call(
      { method: 'addSummary', plan, nextTo, progress: onProgress !== undefined },
      onProgress && progressListener(onProgress),
    );
  }

  async removeSummary(frameId: string): Promise<void> {
    await this.call({ method: 'removeSummary', frameId });
  }

  readSnapshot(): Promise<SnapshotRead> {
    return this.call({ method: 'readSnapshot' }) as Promise<SnapshotRead>;
  }

  selectedFrameIds(): Promise<string[]> {
    return this.call({ method: 'selectedFrameIds' });
  }

  selectedNoteIds(): Promise<string[]> {
    return this.call({ method: 'selectedNoteIds' });
  }

  async zoomTo(area: BoardRect): Promise<void> {
    await this.call({ method: 'zoomTo', area });
  }

  onItemsChange(listener: () => void): () => void {
    return this.subscribe({ method: 'onItemsChange' }, (event) => {
      if (event.kind === 'itemsChange') listener();
    });
  }

  timer(): Promise<BoardTimer | null> {
    this.timerPromise ??= this.call({ method: 'timer' }).then(
      ({ available }) => (available ? this.bridgeTimer() : null),
      (error: unknown) => {
        this.timerPromise = undefined;
        throw error;
      },
    );
    return this.timerPromise;
  }

  addNotes(notes: readonly NewNote[]): Promise<AddedNotes> {
    return this.call({ method: 'addNotes', notes: [...notes] });
  }

  moveNotes(moves: readonly NoteMove[]): Promise<MovedNotes> {
    return this.call({ method: 'moveNotes', moves: [...moves] });
  }

  onDrop(listener: (drop: BoardDrop) => void): () => void {
    return this.subscribe({ method: 'onDrop' }, (event) => {
      if (event.kind === 'drop') listener(event.drop as BoardDrop);
    });
  }

  private bridgeTimer(): BoardTimer {
    return {
      state: () => this.call({ method: 'timerState' }),
      start: (durationMs) => this.call({ method: 'timerStart', durationMs }),
      pause: () => this.call({ method: 'timerPause' }),
      resume: () => this.call({ method: 'timerResume' }),
      stop: () => this.call({ method: 'timerStop' }),
      prolong: (durationMs) => this.call({ method: 'timerProlong', durationMs }),
      onChange: (listener: (state: BoardTimerState, change: BoardTimerChange) => void) =>
        this.subscribe({ method: 'timerOnChange' }, (event) => {
          if (event.kind === 'timerChange') listener(event.state, event.change);
        }),
    };
  }

  /**
   * Subscribes on the other side; events flow from then on until the returned unsubscribe, which
   * tells the other side. A subscription that fails is reported as a warning: the port's
   * subscriptions have no way to fail.
   */
  private subscribe(call: BridgeCall, onEvent: (event: BridgeEventData) => void): () => void {
    const id = this.nextId;
    this.listeners.set(id, onEvent);
    this.call(call).catch((error: unknown) => {
      this.listeners.delete(id);
      this.logger.warn(
        `Journey Mapper bridge: could not subscribe to ${call.method}: ${String(error)}`,
      );
    });
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      this.listeners.delete(id);
      this.channel.post({ journeyMapper: 1, type: 'unsubscribe', id });
    };
  }

  private call<C extends BridgeCall>(
    call: C,
    onEvent?: (event: BridgeEventData) => void,
  ): Promise<ValueOf<C['method']>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      let cancel = () => {};
      const entry: Pending = {
        method: call.method,
        resolve: resolve as (value: unknown) => void,
        reject,
        onEvent,
        restartClock: () => {
          cancel();
          cancel = this.after(this.timeoutMs, () => {
            this.pending.delete(id);
            reject(
              new BoardError(
                'failed',
                `The FigJam plugin did not answer (${call.method}) within ${this.timeoutMs / 1000} s.`,
              ),
            );
          });
        },
        stopClock: () => cancel(),
      };
      this.pending.set(id, entry);
      entry.restartClock();
      this.channel.post({ journeyMapper: 1, type: 'request', id, call });
    });
  }

  private receive(message: unknown): void {
    if (!isBridgeMessage(message)) return;
    const parsed = ToPanel.safeParse(message);
    if (!parsed.success) {
      this.warn(`a malformed message: ${describeIssues(parsed.error)}`);
      return;
    }
    const data = parsed.data;
    if (data.type === 'event') {
      const pending = this.pending.get(data.id);
      if (pending?.onEvent) {
        pending.restartClock();
        pending.onEvent(data.event);
        return;
      }
      const listener = this.listeners.get(data.id);
      // Events of a subscription ended here may still be on their way: they are dropped quietly.
      if (listener) listener(data.event);
      return;
    }
    const pending = this.pending.get(data.id);
    if (!pending) {
      this.warn(`a reply to no call under way (id ${data.id})`);
      return;
    }
    this.pending.delete(data.id);
    pending.stopClock();
    if (!data.ok) {
      pending.reject(errorFromData(data.error));
      return;
    }
    const value = BridgeValue[pending.method].safeParse(data.value);
    if (!value.success) {
      const issues = describeIssues(value.error);
      this.warn(`a malformed answer to ${pending.method}: ${issues}`);
      pending.reject(
        new BoardError(
          'failed',
          `The FigJam plugin gave a malformed answer to ${pending.method}: ${issues}`,
        ),
      );
      return;
    }
    pending.resolve(value.data);
  }

  private warn(what: string): void {
    this.logger.warn(`Journey Mapper bridge: dropped ${what}.`);
  }
}

type ValueOf<M extends BridgeMethod> = (typeof BridgeValue)[M]['_output'];

function progressListener(
  onProgress: NonNullable<ApplyOptions['onProgress']>,
): (event: BridgeEventData) => void {
  return (event) => {
    if (event.kind === 'progress') onProgress(event.progress);
  };
}
