import * as z from 'zod/mini';
import { detailOf } from '../messageOf.ts';
import { BoardError } from '../port.ts';
import { wasRateLimited } from '../retry.ts';
import { runPool } from '../runPool.ts';
import type { Call } from './drawPlan.ts';
import type { MiroSdk, SdkFrame, SdkItemRef } from './sdk.ts';
import { SdkSelectedItem } from './sdkItemSchemas.ts';

/** The kinds a summary is drawn with; anything else in its frame was put there by a person. */
const DRAWN_TYPES = new Set(['shape', 'text']);

const ListedFrameChildren = z.object({
  id: z.string(),
  type: z.literal('frame'),
  childrenIds: z.array(z.string()),
});

/**
 * Removes a summary frame: the shapes and texts in it (their connectors go with them), then the
 * frame; sticky notes and cards in it are taken out of the frame first, so they stay on the board.
 * A frame that is already gone is nothing to do.
 */
export async function removeSummaryFrame(
  sdk: MiroSdk,
  call: Call,
  concurrency: number,
  frameId: string,
): Promise<void> {
  try {
    const objects = await call(() =>
      sdk.board.get({ type: ['frame', 'shape', 'text', 'sticky_note', 'card'] }),
    );
    const object = objects.find((candidate) => candidate.id === frameId);
    const listed = ListedFrameChildren.safeParse(object);
    if (!object || !listed.success) return;
    const frame = object as Partial<Pick<SdkFrame, 'remove'>>;
    const children = new Set(listed.data.childrenIds);
    const inside: SdkItemRef[] = objects.flatMap((candidate) => {
      const item = SdkSelectedItem.safeParse(candidate);
      return item.success &&
        item.data.type !== 'frame' &&
        (children.has(item.data.id) || item.data.parentId === frameId)
        ? [{ id: item.data.id, type: item.data.type }]
        : [];
    });
    const kept = inside.filter((item) => !DRAWN_TYPES.has(item.type));
    const drawn = inside.filter((item) => DRAWN_TYPES.has(item.type));
    const detach = frame.remove;
    if (kept.length > 0) {
      if (typeof detach !== 'function')
        throw new Error('the frame cannot let go of the notes in it');
      await runPool(kept, concurrency, (item) => call(() => detach.call(frame, item)));
    }
    await runPool(drawn, concurrency, (item) => call(() => sdk.board.remove(item)));
    await call(() => sdk.board.remove({ id: frameId, type: 'frame' }));
  } catch (error) {
    throw new BoardError(
      wasRateLimited(error) ? 'rateLimited' : 'failed',
      `The earlier summary could not be removed${detailOf(error)}. Part of it may be left on the board: please delete what is left of it by hand.`,
      { cause: error },
    );
  }
}
