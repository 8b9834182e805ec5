import * as z from 'zod/mini';
import type { BoardPlan, PlanItem } from '../../core/layout/BoardPlan.ts';
import { frameTopLeft, toSdkCenter } from '../position.ts';
import { absoluteRects } from './absoluteRects.ts';
import type { Call } from './drawPlan.ts';
import type { MiroSdk, SdkBoardObject, SdkFrame } from './sdk.ts';

/** An item a drawing makes: its type, board centre and width (and height, where it is set). */
type Footprint = { type: string; x: number; y: number; width: number; height?: number };

/**
 * What a drawing puts on the board: each item, and the frame when it draws one (notes added to a
 * map's frame draw none, and must never be taken for that frame).
 */
export type Drawing = { frame?: Footprint & { title: string }; items: Footprint[] };

const SDK_TYPE: Record<PlanItem['kind'], string> = {
  shape: 'shape',
  text: 'text',
  note: 'sticky_note',
};

export function drawingOf(
  plan: Pick<BoardPlan, 'title' | 'frame' | 'items'>,
  center: { x: number; y: number },
): Drawing {
  const { width, height } = plan.frame;
  const origin = frameTopLeft({ ...center, width, height });
  return {
    frame: { type: 'frame', title: plan.frame.title, ...center, width, height },
    items: plan.items.map((item) => ({
      type: SDK_TYPE[item.kind],
      ...toSdkCenter(item.rect, origin),
      width: item.rect.width,
      // A text's and a sticky note's height follow from their width and content.
      ...(item.kind === 'shape' && { height: item.rect.height }),
    })),
  };
}

const Listed = z.object({
  id: z.string(),
  type: z.string(),
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
  parentId: z.nullish(z.string()),
  title: z.optional(z.string()),
});

const ListedConnector = z.object({
  id: z.string(),
  type: z.literal('connector'),
  start: z.nullish(z.object({ item: z.optional(z.string()) })),
  end: z.nullish(z.object({ item: z.optional(z.string()) })),
});

/** Positions on a board may come back rounded: within this they are the same. */
const TOLERANCE = 0.5;

function fits(want: Footprint, got: { x: number; y: number; width: number; height: number }) {
  const near = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE;
  return (
    near(want.x, got.x) &&
    near(want.y, got.y) &&
    near(want.width, got.width) &&
    (want.height === undefined || near(want.height, got.height))
  );
}

/**
 * What of `drawing` is on the board now, found by looking, not from the answers the calls gave:
 * items of the drawn types whose place and size are the drawing's (the area was empty when the
 * drawing began, and no note of a person's has the very centre and width of a planned item),
 * frames with its title too, and the connectors attached to any of them. One `board.get`.
 */
export async function findDrawn(
  sdk: MiroSdk,
  call: Call,
  drawing: Drawing,
  connectors = false,
): Promise<SdkBoardObject[]> {
  // Frames are listed even when none is drawn: a child's board position is measured from its frame.
  const types = ['frame', ...new Set(drawing.items.map((item) => item.type))];
  const objects = await call(() =>
    sdk.board.get({ type: connectors ? [...types, 'connector'] : types }),
  );
  const listed = objects.flatMap((object) => {
    const parsed = Listed.safeParse(object);
    return parsed.success ? [{ object, item: parsed.data }] : [];
  });
  const rects = absoluteRects(listed.map(({ item }) => item));
  const byType = new Map<string, Footprint[]>();
  for (const footprint of drawing.items)
    byType.set(footprint.type, [...(byType.get(footprint.type) ?? []), footprint]);
  const found: SdkBoardObject[] = [];
  for (const { object, item } of listed) {
    const rect = rects.get(item.id);
    if (!rect) continue;
    const centre = { ...rect, ...toSdkCenter(rect) };
    const { frame } = drawing;
    const ours =
      item.type === 'frame'
        ? frame !== undefined && item.title === frame.title && fits(frame, centre)
        : (byType.get(item.type) ?? []).some((footprint) => fits(footprint, centre));
    if (ours) found.push(object);
  }
  if (!connectors) return found;
  const ids = new Set(found.map((object) => object.id));
  for (const object of objects) {
    const parsed = ListedConnector.safeParse(object);
    if (!parsed.success) continue;
    const { start, end } = parsed.data;
    if (ids.has(start?.item ?? '') || ids.has(end?.item ?? '')) found.push(object);
  }
  return found;
}

/** A frame of this title, place and size, if the board has one (one `board.get`). */
export async function findFrame(
  sdk: MiroSdk,
  call: Call,
  frame: { title: string; x: number; y: number; width: number; height: number },
): Promise<SdkFrame | undefined> {
  const found = await findDrawn(sdk, call, { frame: { type: 'frame', ...frame }, items: [] });
  return found.find((object): object is SdkFrame => object.type === 'frame');
}
