import type { Rect } from '../../core/geometry/Rect.ts';
import type { BoardPlan, PlanItem, SummaryPlan } from '../../core/layout/BoardPlan.ts';
import type { BoardSnapshot } from '../../core/snapshot/BoardSnapshot.ts';
import { BoardError, type ApplyOptions, type Board, type InsertedMap } from '../port.ts';
import {
  isRateLimitError,
  RATE_LIMIT_DELAYS,
  realSleep,
  RetriesExhaustedError,
  withRetry,
  type RetryPolicy,
} from '../retry.ts';
import { messageOf } from '../messageOf.ts';
import { runPool } from '../runPool.ts';
import { appDataKey, METADATA_KEY } from './keys.ts';
import { frameTopLeft, toSdkCenter } from '../position.ts';
import { readBoardSnapshot } from './readBoardSnapshot.ts';
import { linesToHtml, noteTextToHtml } from './richText.ts';
import type { MiroSdk, SdkFrame, SdkItem, SdkItemRef, SdkItemsEvent } from './sdk.ts';
import { SdkFrameGeometry, SdkSelectedItem } from './sdkItemSchemas.ts';

export type MiroBoardOptions = {
  /** How many SDK calls may be in flight at once. */
  concurrency?: number;
  retry?: Partial<RetryPolicy>;
  /** Margin kept free around a new map, in board units. */
  spacing?: number;
};

const LAYER_ORDER: readonly PlanItem['layer'][] = ['background', 'grid', 'content'];

const CHANGE_EVENTS: readonly SdkItemsEvent[] = [
  'items:create',
  'items:delete',
  'experimental:items:update',
];

/** Room left around an area brought into view, in screen pixels. */
const ZOOM_PADDING = { top: 40, right: 40, bottom: 40, left: 40 };

/** The Board port over the Miro Web SDK; the only code that talks to `miro`. */
export class MiroBoard implements Board {
  private readonly concurrency: number;
  private readonly retry: RetryPolicy;
  private readonly spacing: number;

  constructor(
    private readonly sdk: MiroSdk,
    options: MiroBoardOptions = {},
  ) {
    this.concurrency = options.concurrency ?? 6;
    this.retry = { delays: RATE_LIMIT_DELAYS, sleep: realSleep, ...options.retry };
    this.spacing = options.spacing ?? 200;
  }

  async apply(plan: BoardPlan, options: ApplyOptions = {}): Promise<InsertedMap> {
    const total = plan.items.length + 3;
    return this.transaction('map', total, options, async (step, created) => {
      const view = await this.call(() => this.sdk.board.viewport.get());
      const space = await this.call(() =>
        this.sdk.board.findEmptySpace({
          x: view.x + view.width / 2,
          y: view.y + view.height / 2,
          width: plan.frame.width,
          height: plan.frame.height,
          offset: this.spacing,
        }),
      );
      const { frame } = await this.drawFrame(plan, space, created, step);
      await this.call(() => this.sdk.board.viewport.zoomTo(frame));
      step();
      await this.call(() => this.sdk.board.setAppData(appDataKey(frame.id), plan.structure));
      step();
      return { frameId: frame.id, itemCount: created.length };
    });
  }

  async addSummary(
    plan: SummaryPlan,
    nextTo: { frameId: string },
    options: ApplyOptions = {},
  ): Promise<InsertedMap> {
    const total = plan.items.length + plan.connectors.length + 3;
    return this.transaction('summary', total, options, async (step, created) => {
      const beside = await this.frameGeometry(nextTo.frameId);
      step();
      const space = await this.call(() =>
        this.sdk.board.findEmptySpace({
          x: beside.x + beside.width / 2 + this.spacing + plan.frame.width / 2,
          y: beside.y - beside.height / 2 + plan.frame.height / 2,
          width: plan.frame.width,
          height: plan.frame.height,
          offset: this.spacing,
        }),
      );
      const { frame, drawn } = await this.drawFrame(plan, space, created, step);
      await runPool(plan.connectors, this.concurrency, async (connector) => {
        const from = drawn[connector.fromIndex];
        const to = drawn[connector.toIndex];
        if (!from || !to)
          throw new Error(
            `connector ends ${connector.fromIndex}, ${connector.toIndex} are not in the plan`,
          );
        const line = await this.call(() =>
          this.sdk.board.createConnector({
            start: { item: from.id },
            end: { item: to.id },
            shape: 'straight',
            style: connector.style,
          }),
        );
        created.push(line);
        step();
      });
      await this.call(() => this.sdk.board.viewport.zoomTo(frame));
      step();
      return { frameId: frame.id, itemCount: created.length };
    });
  }

  async readSnapshot(): Promise<BoardSnapshot> {
    try {
      return await readBoardSnapshot(this.sdk, (fn) => this.call(fn));
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

  async zoomTo(area: Rect): Promise<void> {
    await this.call(() =>
      this.sdk.board.viewport.set({ viewport: { ...area }, padding: ZOOM_PADDING }),
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

  /**
   * Runs `body`, reporting progress out of `total`; on failure removes everything it created
   * and throws the one BoardError that says so.
   */
  private async transaction<T>(
    what: InsertedWhat,
    total: number,
    options: ApplyOptions,
    body: (step: () => void, created: SdkItemRef[]) => Promise<T>,
  ): Promise<T> {
    const created: SdkItemRef[] = [];
    let done = 0;
    const step = () => options.onProgress?.({ done: ++done, total });
    options.onProgress?.({ done, total });
    try {
      return await body(step, created);
    } catch (error) {
      const leftBehind = await this.removeAll(created);
      throw insertError(error, leftBehind, what);
    }
  }

  /** A new frame at `center` with the plan's items inside, layer by layer; `drawn` by plan index. */
  private async drawFrame(
    plan: Pick<BoardPlan, 'title' | 'frame' | 'items'>,
    center: { x: number; y: number },
    created: SdkItemRef[],
    step: () => void,
  ): Promise<{ frame: SdkFrame; drawn: SdkItem[] }> {
    const frame = await this.call(() =>
      this.sdk.board.createFrame({
        title: plan.title,
        x: center.x,
        y: center.y,
        width: plan.frame.width,
        height: plan.frame.height,
        style: { fillColor: plan.frame.fillColor },
      }),
    );
    created.push(frame);
    step();
    const drawn: SdkItem[] = [];
    const indexed = plan.items.map((item, index) => ({ item, index }));
    for (const layer of LAYER_ORDER) {
      const items = indexed.filter(({ item }) => item.layer === layer);
      await runPool(items, this.concurrency, async ({ item, index }) => {
        drawn[index] = await this.drawItem(item, frame, created);
        step();
      });
    }
    return { frame, drawn };
  }

  private async frameGeometry(frameId: string) {
    const frames = await this.call(() => this.sdk.board.get({ type: ['frame'] }));
    for (const object of frames) {
      const result = SdkFrameGeometry.safeParse(object);
      if (result.success && result.data.id === frameId) return result.data;
    }
    throw new BoardError('rejected', 'The map’s frame is no longer on the board.');
  }

  private async drawItem(item: PlanItem, frame: SdkFrame, created: SdkItemRef[]): Promise<SdkItem> {
    const center = toSdkCenter(item.rect, frameTopLeft(frame));
    const drawn = await this.call(() => this.createItem(item, center));
    created.push(drawn);
    await this.call(() => frame.add(drawn));
    const tag = item.tag;
    if (tag) await this.call(() => drawn.setMetadata(METADATA_KEY, tag));
    return drawn;
  }

  private createItem(item: PlanItem, center: { x: number; y: number }): Promise<SdkItem> {
    const board = this.sdk.board;
    switch (item.kind) {
      case 'shape':
        return board.createShape({
          ...center,
          shape: item.shape,
          width: item.rect.width,
          height: item.rect.height,
          content: linesToHtml(item.lines),
          style: item.style,
        });
      case 'text':
        return board.createText({
          ...center,
          width: item.rect.width,
          content: linesToHtml(item.lines),
          style: item.style,
        });
      case 'note':
        return board.createStickyNote({
          ...center,
          width: item.rect.width,
          shape: 'square',
          content: noteTextToHtml(item.text),
          style: { fillColor: item.color },
        });
    }
  }

  /** Removes children before their frame; returns how many items could not be removed. */
  private async removeAll(created: readonly SdkItemRef[]): Promise<number> {
    let failed = 0;
    await runPool([...created].reverse(), this.concurrency, async (item) => {
      try {
        await this.call(() => this.sdk.board.remove(item));
      } catch {
        failed++;
      }
    });
    return failed;
  }

  private call<T>(fn: () => Promise<T>): Promise<T> {
    return withRetry(fn, this.retry);
  }
}

type InsertedWhat = 'map' | 'summary';

function insertError(error: unknown, leftBehind: number, what: InsertedWhat): BoardError {
  if (error instanceof BoardError && leftBehind === 0) return error;
  const cleanup =
    leftBehind === 0
      ? 'Nothing was left on the board.'
      : `${leftBehind} item(s) could not be removed; please delete the unfinished frame by hand.`;
  if (error instanceof RetriesExhaustedError || isRateLimitError(error))
    return new BoardError(
      'rateLimited',
      `Miro is receiving too many requests right now, so the ${what} was not inserted. ${cleanup} Please try again in a minute.`,
      { cause: error },
    );
  const message = messageOf(error);
  const detail = message ? ` (${message})` : '';
  return new BoardError('failed', `The ${what} could not be inserted${detail}. ${cleanup}`, {
    cause: error,
  });
}

function readError(error: unknown): BoardError {
  if (error instanceof BoardError) return error;
  if (error instanceof RetriesExhaustedError || isRateLimitError(error))
    return new BoardError(
      'rateLimited',
      'Miro is receiving too many requests right now, so the board could not be read. Please try again in a minute.',
      { cause: error },
    );
  const message = messageOf(error);
  const detail = message ? ` (${message})` : '';
  return new BoardError('failed', `The board could not be read${detail}.`, { cause: error });
}
