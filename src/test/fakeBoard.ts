import type {
  AddedNotes,
  ApplyOptions,
  Board,
  BoardDrop,
  InsertedMap,
  MovedNotes,
  NewNote,
  NoteMove,
  SummaryPlace,
} from '../board/port.ts';
import type { BoardRect } from '../core/geometry/Rect.ts';
import type { BoardPlan, SummaryPlan } from '../core/layout/BoardPlan.ts';
import type { BoardSnapshot, SnapshotItem, SnapshotRead } from '../core/snapshot/BoardSnapshot.ts';
import { FakeBoardTimer } from './FakeBoardTimer.ts';

/**
 * A Board that records the plans it is given. It reports progress half-way and at the end; it can
 * be held half-way until released, and told to fail. Reading returns `snapshot` as it is set;
 * `changeItems()` plays a change on the board to the listeners. Notes added and moved are
 * recorded (and fail with `failWith`); `boardTimer` is the board's timer, null for a board
 * without one; `drop()` plays a drop from the panel.
 */
export class FakeBoard implements Board {
  readonly plans: BoardPlan[] = [];
  /** Every summary asked for, with the frame it was to go beside. */
  readonly summaries: { plan: SummaryPlan; nextTo: string | BoardRect }[] = [];
  /** The summary frames removed, in order. */
  readonly removedSummaries: string[] = [];
  snapshot: BoardSnapshot = { items: [] };
  /** What `readSnapshot` gives as the authors' names; none when undefined. */
  authorNames: Record<string, string> | undefined = undefined;
  selection: string[] = [];
  /** The selected notes' ids, as `selectedNoteIds` answers. */
  noteSelection: string[] = [];
  readonly zooms: BoardRect[] = [];
  reads = 0;
  private failure: Error | null = null;
  private readFailure: Error | null = null;
  private gate: Promise<void> | null = null;
  private readGate: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();
  /** Every batch of notes asked for, in order; the ids handed out are `note-1`, `note-2`, … */
  readonly addedNotes: NewNote[][] = [];
  readonly moves: NoteMove[][] = [];
  boardTimer: FakeBoardTimer | null = new FakeBoardTimer();
  private readonly dropListeners = new Set<(drop: BoardDrop) => void>();
  private notesMade = 0;

  /** Every apply, addSummary, removeSummary, addNotes and moveNotes from now on rejects with `error` (after reporting progress half-way); null heals. */
  failWith(error: Error | null): void {
    this.failure = error;
  }

  /** The next applies wait half-way until the returned function is called. */
  hold(): () => void {
    let release = () => {};
    this.gate = new Promise<void>((resolve) => {
      release = () => {
        this.gate = null;
        resolve();
      };
    });
    return release;
  }

  get lastPlan(): BoardPlan | undefined {
    return this.plans.at(-1);
  }

  async apply(plan: BoardPlan, options: ApplyOptions = {}): Promise<InsertedMap> {
    this.plans.push(plan);
    const total = plan.items.length;
    options.onProgress?.({ done: Math.floor(total / 2), total });
    if (this.gate) await this.gate;
    if (this.failure) throw this.failure;
    options.onProgress?.({ done: total, total });
    return { frameId: `frame-${this.plans.length}`, itemCount: total + 1 };
  }

  /** Like `apply`: held by `hold`, failed by `failWith`. */
  async addSummary(
    plan: SummaryPlan,
    nextTo: SummaryPlace,
    options: ApplyOptions = {},
  ): Promise<InsertedMap> {
    this.summaries.push({ plan, nextTo: 'area' in nextTo ? nextTo.area : nextTo.frameId });
    const total = plan.items.length + plan.connectors.length;
    options.onProgress?.({ done: Math.floor(total / 2), total });
    if (this.gate) await this.gate;
    if (this.failure) throw this.failure;
    options.onProgress?.({ done: total, total });
    return { frameId: `summary-${this.summaries.length}`, itemCount: total + 1 };
  }

  /** Removes the frame and its shapes and texts from `snapshot`; failed by `failWith`. */
  async removeSummary(frameId: string): Promise<void> {
    if (this.failure) throw this.failure;
    this.removedSummaries.push(frameId);
    const drawn = (item: SnapshotItem) =>
      item.id === frameId ||
      (item.frameId === frameId && (item.kind === 'shape' || item.kind === 'text'));
    this.snapshot = { items: this.snapshot.items.filter((item) => !drawn(item)) };
  }

  /** Every read from now on rejects with `error`; null heals. */
  failReadsWith(error: Error | null): void {
    this.readFailure = error;
  }

  /** The next reads wait until the returned function is called. */
  holdReads(): () => void {
    let release = () => {};
    this.readGate = new Promise<void>((resolve) => {
      release = () => {
        this.readGate = null;
        resolve();
      };
    });
    return release;
  }

  async readSnapshot(): Promise<SnapshotRead> {
    this.reads++;
    if (this.readGate) await this.readGate;
    if (this.readFailure) throw this.readFailure;
    const names = this.authorNames ? { authorNames: { ...this.authorNames } } : {};
    return { snapshot: structuredClone(this.snapshot), warnings: [], ...names };
  }

  async selectedFrameIds(): Promise<string[]> {
    return [...this.selection];
  }

  async selectedNoteIds(): Promise<string[]> {
    return [...this.noteSelection];
  }

  async zoomTo(area: BoardRect): Promise<void> {
    this.zooms.push(area);
  }

  onItemsChange(listener: () => void): () => void {
    const subscribed = () => listener();
    this.listeners.add(subscribed);
    return () => this.listeners.delete(subscribed);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  async timer() {
    return this.boardTimer;
  }

  async addNotes(notes: readonly NewNote[]): Promise<AddedNotes> {
    this.addedNotes.push(structuredClone([...notes]));
    if (this.failure) throw this.failure;
    return { ids: notes.map(() => `note-${++this.notesMade}`) };
  }

  async moveNotes(moves: readonly NoteMove[]): Promise<MovedNotes> {
    this.moves.push(structuredClone([...moves]));
    if (this.failure) throw this.failure;
    return { ids: moves.map((move) => move.id) };
  }

  onDrop(listener: (drop: BoardDrop) => void): () => void {
    const subscribed = (drop: BoardDrop) => listener(drop);
    this.dropListeners.add(subscribed);
    return () => this.dropListeners.delete(subscribed);
  }

  /** Plays a drop from the panel to the drop listeners. */
  drop(drop: BoardDrop): void {
    for (const listener of [...this.dropListeners]) listener(drop);
  }

  /** Replaces the snapshot, if given, and tells the listeners that items changed. */
  changeItems(snapshot?: BoardSnapshot): void {
    if (snapshot) this.snapshot = snapshot;
    for (const listener of [...this.listeners]) listener();
  }
}

/** A fake board whose reads return `snapshot`. */
export function boardWith(snapshot: BoardSnapshot): FakeBoard {
  const board = new FakeBoard();
  board.snapshot = snapshot;
  return board;
}
