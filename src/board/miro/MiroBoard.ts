import { nextInRow } from '../../core/geometry/nextInRow.ts';
import {
  boardRect,
  rectAround,
  rectCenter,
  translateRect,
  type BoardRect,
} from '../../core/geometry/Rect.ts';
import { landingArea } from '../../core/layout/landingArea.ts';
import type { BoardPlan, SummaryPlan } from '../../core/layout/BoardPlan.ts';
import type { SnapshotRead } from '../../core/snapshot/BoardSnapshot.ts';
import {
  BoardError,
  type AddedNotes,
  type ApplyOptions,
  type Board,
  type BoardDrop,
  type BoardTimer,
  type InsertedMap,
  type MovedNotes,
  type NewNote,
  type NoteMove,
  type SummaryPlace,
} from '../port.ts';
import {
  RATE_LIMIT_DELAYS,
  realSleep,
  wasRateLimited,
  withRetry,
  type RetryPolicy,
} from '../retry.ts';
import { detailOf } from '../messageOf.ts';
import { fromSdkGeometry, toSdkCenter } from '../position.ts';
import { limiter, settled } from '../runPool.ts';
import { drawPlan, type ChildrenOnCreate, type DrawContext } from './drawPlan.ts';
import { drawingOf } from './findDrawn.ts';
import { RecordCache } from './RecordCache.ts';
import type { MiroSdk, SdkBoardObject, SdkDropEvent, SdkItemsEvent } from './sdk.ts';
import type { NotesContext } from './addNotes.ts';
import { dropOf } from './dropOf.ts';
import { SdkFrameGeometry, SdkSelectedItem } from './sdkItemSchemas.ts';
import { FRAME_GONE, listedFrame } from './listedFrame.ts';
import { undoDrawing } from './undoDrawing.ts';

export type MiroBoardOptions = {
  /** How many SDK calls may be in flight at once. */
  concurrency?: number;
  retry?: Partial<RetryPolicy>;
  /** Margin kept free around a new map, in board units. */
  spacing?: number;
  /** Milliseconds since the epoch, to tell how old an item is. Default `Date.now`. */
  now?: () => number;
};

/**
 * Enough for every child of the default map in one wave (2,500 credits at most, a fortieth of
 * Miro's 100,000 a minute): a small pool, not thousands of calls at once.
 */
export const DEFAULT_CONCURRENCY = 50;

const CHANGE_EVENTS: readonly SdkItemsEvent[] = [
  'items:create',
  'items:delete',
  'experimental:items:update',
];

/** Room left around an area brought into view, in screen pixels. */
const ZOOM_PADDING_PX = { top: 40, right: 40, bottom: 40, left: 40 };

/** Room left around a new frame brought into view, as a fraction of its size on each side. */
const NEW_FRAME_MARGIN_FRACTION = 0.1;

/** A new frame and a margin around it, to bring into view. */
function framedArea(size: { width: number; height: number }, center: { x: number; y: number }) {
  return fromSdkGeometry({
    ...center,
    width: size.width * (1 + 2 * NEW_FRAME_MARGIN_FRACTION),
    height: size.height * (1 + 2 * NEW_FRAME_MARGIN_FRACTION),
  });
}

type Drawable = Pick<BoardPlan, 'title' | 'frame' | 'items'> & {
  connectors?: SummaryPlan['connectors'];
};

/** The Board port over the Miro Web SDK; the only code that talks to `miro`. */
export class MiroBoard implements Board {
  private readonly concurrency: number;
  private readonly retry: RetryPolicy;
  private readonly spacing: number;
  private readonly records: RecordCache;
  private readonly childrenOnCreate: ChildrenOnCreate = { works: null };
  private readonly limit: <T>(fn: () => Promise<T>) => Promise<T>;

  constructor(
    private readonly sdk: MiroSdk,
    options: MiroBoardOptions = {},
  ) {
    this.concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    this.limit = limiter(this.concurrency);
    this.retry = { delays: RATE_LIMIT_DELAYS, sleep: realSleep, ...options.retry };
    this.spacing = options.spacing ?? 200;
    this.records = new RecordCache(options.now ?? (() => Date.now()));
  }

  /**
   * Five dependent waves: the view and the frames on the board; empty space beside the map in
   * view (or near the view's centre); the background items (and the view moves to the new map's
   * top-left part, where its text reads); the other items; the frame holding them, with the records.
   */
  async apply(plan: BoardPlan, options: ApplyOptions = {}): Promise<InsertedMap> {
    const { space, aspect } = await this.beforeDrawing('map', plan.title, async () => {
      const [view, frames] = await Promise.all([
        this.call(() => this.sdk.board.viewport.get()),
        this.call(() => this.sdk.board.get({ type: ['frame'] })),
      ]);
      const { width, height } = plan.frame;
      const areas = frames.flatMap((frame) => {
        const listed = SdkFrameGeometry.safeParse(frame);
        return listed.success ? [fromSdkGeometry(listed.data)] : [];
      });
      const inRow = nextInRow(view, areas, { width, height }, this.spacing);
      const found = await this.call(() =>
        this.sdk.board.findEmptySpace({
          ...toSdkCenter(inRow ?? rectAround(rectCenter(view), { width, height })),
          width,
          height,
          // beside a map the gap is `spacing`; the free margin asked for is less, to keep it
          offset: inRow ? this.spacing / 2 : this.spacing,
        }),
      );
      return { space: found, aspect: view.width / view.height };
    });
    const origin = { x: space.x - plan.frame.width / 2, y: space.y - plan.frame.height / 2 };
    const landing = landingArea(plan.frame, aspect);
    return this.draw(
      'map',
      plan,
      space,
      options,
      boardRect(translateRect(landing, origin.x, origin.y)),
    );
  }

  /** Like `apply`, beside the map's frame; the connectors go with the frame. */
  async addSummary(
    plan: SummaryPlan,
    nextTo: SummaryPlace,
    options: ApplyOptions = {},
  ): Promise<InsertedMap> {
    const space = await this.beforeDrawing('summary', plan.title, async () => {
      const beside =
        'area' in nextTo ? nextTo.area : fromSdkGeometry(await this.frameGeometry(nextTo.frameId));
      const right = { ...plan.frame, x: beside.x + beside.width + this.spacing, y: beside.y };
      return this.call(() =>
        this.sdk.board.findEmptySpace({
          ...toSdkCenter(right),
          width: plan.frame.width,
          height: plan.frame.height,
          offset: this.spacing,
        }),
      );
    });
    return this.draw('summary', plan, space, options, framedArea(plan.frame, space));
  }

  /** Loaded when first asked for, to keep it out of the panel's first page. */
  async removeSummary(frameId: string): Promise<void> {
    const { removeSummaryFrame } = await import('./removeSummaryFrame.ts');
    return removeSummaryFrame(this.sdk, (fn) => this.call(fn), this.concurrency, frameId);
  }

  async readSnapshot(): Promise<SnapshotRead> {
    try {
      // the Report and Workshop tabs read, the Templates tab does not: loaded when first asked for
      const { readBoardSnapshot } = await import('./readBoardSnapshot.ts');
      return await readBoardSnapshot(this.sdk, (fn) => this.call(fn), this.records);
    } catch (error) {
      throw readError(error);
    }
  }

  async selectedFrameIds(): Promise<string[]> {
    const selection = await this.call(() => this.sdk.board.getSelection());
    const ids = selection.flatMap((object) => {
      const result = SdkSelectedItem.safeParse(object);
      if (!result.success) return [];
      const { id, type, parentId } = result.data;
      return type === 'frame' ? [id] : parentId ? [parentId] : [];
    });
    return [...new Set(ids)];
  }

  async selectedNoteIds(): Promise<string[]> {
    const selection = await this.call(() => this.sdk.board.getSelection());
    return selection.flatMap((object) => {
      const result = SdkSelectedItem.safeParse(object);
      const type = result.success ? result.data.type : null;
      return result.success && (type === 'sticky_note' || type === 'card') ? [result.data.id] : [];
    });
  }

  async zoomTo(area: BoardRect): Promise<void> {
    await this.call(() =>
      this.sdk.board.viewport.set({ viewport: { ...area }, padding: ZOOM_PADDING_PX }),
    );
  }

  onItemsChange(listener: () => void): () => void {
    const { ui } = this.sdk.board;
    let subscribed = true;
    const handler = () => {
      if (subscribed) listener();
    };
    for (const event of CHANGE_EVENTS) ui.on(event, handler);
    return () => {
      if (!subscribed) return;
      subscribed = false;
      for (const event of CHANGE_EVENTS) ui.off(event, handler);
    };
  }

  async timer(): Promise<BoardTimer | null> {
    let available: boolean;
    try {
      available = await this.call(() => this.sdk.board.canUse('timer'));
    } catch (error) {
      throw new BoardError(
        wasRateLimited(error) ? 'rateLimited' : 'failed',
        `Whether this board has Miro’s timer could not be checked${detailOf(error)}.`,
        { cause: error },
      );
    }
    if (!available) return null;
    // only the Workshop tab keeps time: loaded when first asked for, off the panel's first page
    const { MiroBoardTimer } = await import('./MiroBoardTimer.ts');
    return new MiroBoardTimer(this.sdk.board.timer, (fn) => this.call(fn));
  }

  /** The Workshop tab's: loaded when first asked for, off the panel's first page. */
  async addNotes(notes: readonly NewNote[]): Promise<AddedNotes> {
    const { addNotes } = await import('./addNotes.ts');
    return addNotes(this.notesContext(), notes);
  }

  async moveNotes(moves: readonly NoteMove[]): Promise<MovedNotes> {
    const { moveNotes } = await import('./moveNotes.ts');
    return moveNotes(this.notesContext(), moves);
  }

  onDrop(listener: (drop: BoardDrop) => void): () => void {
    const { ui } = this.sdk.board;
    let subscribed = true;
    const handler = (event: SdkDropEvent) => {
      const drop = dropOf(event);
      if (subscribed && drop) listener(drop);
    };
    ui.on('drop', handler);
    return () => {
      if (!subscribed) return;
      subscribed = false;
      ui.off('drop', handler);
    };
  }

  private notesContext(): NotesContext {
    return { sdk: this.sdk, call: (fn) => this.call(fn), concurrency: this.concurrency };
  }

  /**
   * Draws the plan centred at `center`, reporting progress, and brings `view` into view; on failure removes
   * all of it that the board shows and throws the one BoardError that says what is left.
   */
  private async draw(
    what: InsertedWhat,
    plan: Drawable,
    center: { x: number; y: number },
    options: ApplyOptions,
    view: BoardRect,
  ): Promise<InsertedMap> {
    const records = plan.items.filter((item) => item.record).length;
    const total = plan.items.length + records + (plan.connectors?.length ?? 0) + 1;
    let done = 0;
    options.onProgress?.({ done, total });
    const context: DrawContext = {
      sdk: this.sdk,
      call: (fn) => this.call(fn),
      concurrency: this.concurrency,
      childrenOnCreate: this.childrenOnCreate,
      records: this.records,
      created: [],
      step: () => options.onProgress?.({ done: ++done, total }),
    };
    try {
      const [{ frame }] = await settled([drawPlan(context, plan, center), this.zoomQuietly(view)]);
      return { frameId: frame.id, itemCount: context.created.length };
    } catch (error) {
      const made: SdkBoardObject[] = context.created;
      const left = await undoDrawing(
        this.sdk,
        context.call,
        this.concurrency,
        made,
        drawingOf(plan, center),
        (plan.connectors?.length ?? 0) > 0,
      );
      throw insertError(error, left, what, plan.title);
    }
  }

  /** Finds where to draw; nothing is drawn yet, so a failure leaves nothing behind. */
  private async beforeDrawing<T>(what: InsertedWhat, title: string, find: () => Promise<T>) {
    try {
      return await find();
    } catch (error) {
      throw insertError(error, 0, what, title);
    }
  }

  /** The view is not the board: a failure to move it fails nothing. */
  private async zoomQuietly(area: BoardRect): Promise<void> {
    await this.zoomTo(area).catch(() => undefined);
  }

  private async frameGeometry(frameId: string) {
    const frames = await this.call(() => this.sdk.board.get({ type: ['frame'] }));
    const frame = listedFrame(frames, frameId);
    if (!frame) throw new BoardError('rejected', FRAME_GONE);
    return frame.geometry;
  }

  /** Every SDK call: at most `concurrency` in flight, each retried while rate-limited. */
  private call<T>(fn: () => Promise<T>): Promise<T> {
    return withRetry(() => this.limit(fn), this.retry);
  }
}

type InsertedWhat = 'map' | 'summary';

function insertError(
  error: unknown,
  left: number | null,
  what: InsertedWhat,
  title: string,
): BoardError {
  if (error instanceof BoardError && left === 0) return error;
  const cleanup =
    left === 0
      ? 'Nothing was left on the board.'
      : left === null
        ? `Whether anything was left could not be checked: please look for an unfinished frame “${title}” and delete it.`
        : `${left === 1 ? '1 item' : `${left} items`} of it could not be removed: please delete the unfinished frame “${title}” and what lies in it by hand.`;
  if (wasRateLimited(error))
    return new BoardError(
      'rateLimited',
      `Miro is receiving too many requests right now, so the ${what} was not inserted. ${cleanup} Please try again in a minute.`,
      { cause: error },
    );
  const detail = detailOf(error);
  return new BoardError('failed', `The ${what} could not be inserted${detail}. ${cleanup}`, {
    cause: error,
  });
}

function readError(error: unknown): BoardError {
  if (error instanceof BoardError) return error;
  if (wasRateLimited(error))
    return new BoardError(
      'rateLimited',
      'Miro is receiving too many requests right now, so the board could not be read. Please try again in a minute.',
      { cause: error },
    );
  const detail = detailOf(error);
  return new BoardError('failed', `The board could not be read${detail}.`, { cause: error });
}
