import type { BoardPlan, PlanItem, SummaryPlan } from '../../core/layout/BoardPlan.ts';
import { frameTopLeft, toSdkCenter } from '../position.ts';
import { wasRateLimited } from '../retry.ts';
import { runPool, settled } from '../runPool.ts';
import { findFrame } from './findDrawn.ts';
import { METADATA_KEY } from '../appKeys.ts';
import type { RecordCache } from './RecordCache.ts';
import { linesToHtml, noteTextToHtml } from '../../core/text/textToHtml.ts';
import type { MiroSdk, SdkFrame, SdkItem, SdkItemRef } from './sdk.ts';

/** Runs one SDK call (the adapter retries it when rate-limited). */
export type Call = <T>(fn: () => Promise<T>) => Promise<T>;

/**
 * Whether `createFrame({ childrenIds })` attaches the items: Miro's types take the prop, its docs
 * do not say. Learnt on the first insert; until then it is tried.
 */
export type ChildrenOnCreate = { works: boolean | null };

export type DrawContext = {
  sdk: MiroSdk;
  call: Call;
  concurrency: number;
  childrenOnCreate: ChildrenOnCreate;
  /** Learns the records written, so reading the board does not read them back. */
  records: RecordCache;
  /** Every item whose creation came back, in order; the caller removes them on failure. */
  created: SdkItemRef[];
  step: () => void;
};

type Drawable = Pick<BoardPlan, 'title' | 'frame' | 'items'> & {
  connectors?: SummaryPlan['connectors'];
};

/** The waves after the frame is placed: each waits for the one before. */
const WAVES: readonly (readonly PlanItem['layer'][])[] = [['background'], ['grid', 'content']];

/**
 * Draws the plan as a frame centred at `center` (board coordinates), in few dependent waves:
 * the background items; then the grid and content items (created at their board positions, so
 * they stack above the background); then the frame holding them all, created with their ids,
 * together with the items' records (keyed by the title item's id) and the connectors. Frames lie
 * beneath their content on a Miro board whatever the order they were made in.
 */
export async function drawPlan(
  context: DrawContext,
  plan: Drawable,
  center: { x: number; y: number },
): Promise<{ frame: SdkFrame; drawn: SdkItem[] }> {
  const { call, concurrency, created, step } = context;
  const origin = frameTopLeft({ ...center, ...plan.frame });
  const drawn: SdkItem[] = [];
  for (const layers of WAVES) {
    const wave = plan.items.flatMap((item, index) =>
      layers.includes(item.layer) ? [{ item, index }] : [],
    );
    // Layers in order within a wave: the grid is asked for before the content above it.
    wave.sort((a, b) => layers.indexOf(a.item.layer) - layers.indexOf(b.item.layer));
    await runPool(wave, concurrency, async ({ item, index }) => {
      const made = await call(() => createItem(context.sdk, item, toSdkCenter(item.rect, origin)));
      created.push(made);
      drawn[index] = made;
      step();
    });
  }

  const children = plan.items.flatMap((_, index) => drawn[index] ?? []);
  const titleIndex = plan.items.findIndex((item) => item.record?.role === 'title');
  const key = drawn[titleIndex]?.id ?? children[0]?.id ?? '';
  const records = plan.items.flatMap((item, index) => {
    const target = drawn[index];
    return item.record && target ? [{ target, value: { ...item.record, map: key } }] : [];
  });
  const lines = (plan.connectors ?? []).map((connector) => {
    const from = drawn[connector.fromIndex];
    const to = drawn[connector.toIndex];
    if (!from || !to)
      throw new Error(
        `connector ends ${connector.fromIndex}, ${connector.toIndex} are not in the plan`,
      );
    return { from, to, style: connector.style };
  });
  const [frame] = await settled([
    framed(context, plan, center, children),
    runPool(records, concurrency, async ({ target, value }) => {
      await call(() => target.setMetadata(METADATA_KEY, value));
      context.records.remember(target, value);
      step();
    }),
    runPool(lines, concurrency, async ({ from, to, style }) => {
      const line = await call(() =>
        context.sdk.board.createConnector({
          start: { item: from.id },
          end: { item: to.id },
          shape: 'straight',
          style,
        }),
      );
      created.push(line);
      step();
    }),
  ]);
  return { frame, drawn };
}

/**
 * The frame, holding `children`: created with their ids where Miro takes them, else created empty
 * and each child added (`frame.add`, one call per child, as documented). A frame that came back
 * without some of them gets those added.
 */
async function framed(
  context: DrawContext,
  plan: Drawable,
  center: { x: number; y: number },
  children: readonly SdkItem[],
): Promise<SdkFrame> {
  const { sdk, call, concurrency, created, childrenOnCreate } = context;
  const props = {
    // A map's frame has an empty title (its title item shows it once). Unconfirmed: how Miro
    // labels a frame whose title is empty; the frame reference documents no default.
    title: plan.frame.title,
    x: center.x,
    y: center.y,
    width: plan.frame.width,
    height: plan.frame.height,
    style: { fillColor: plan.frame.fillColor },
  };
  let frame: SdkFrame | undefined;
  if (childrenOnCreate.works !== false) {
    try {
      frame = await call(() =>
        sdk.board.createFrame({ ...props, childrenIds: children.map((child) => child.id) }),
      );
    } catch (error) {
      if (wasRateLimited(error)) throw error;
      // Its answer may have been lost after the frame was made: look before making another.
      frame = await findFrame(sdk, call, props);
      if (!frame) childrenOnCreate.works = false;
    }
    if (frame) created.push(frame);
  }
  if (!frame) {
    frame = await call(() => sdk.board.createFrame(props));
    created.push(frame);
  }
  const attached = new Set(frame.childrenIds);
  const missing = children.filter((child) => !attached.has(child.id));
  childrenOnCreate.works ??= missing.length === 0;
  const holder = frame;
  await runPool(missing, concurrency, (child) => call(() => holder.add(child)));
  context.step();
  return frame;
}

function createItem(
  sdk: MiroSdk,
  item: PlanItem,
  center: { x: number; y: number },
): Promise<SdkItem> {
  const { board } = sdk;
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
