import { z } from 'zod';
import { MapRecord } from '../../../core/model/mapRecord.schema.ts';
import { NoteColor } from '../../../core/model/noteColor.ts';

/**
 * The messages between the panel (BridgeBoard) and the plugin's main thread (serveBoard), all
 * plain data. Every one carries `journeyMapper: 1`, so that other messages on the channel are
 * told apart; a request's `id` is answered by one reply and names its events and subscription.
 */

const ns = { journeyMapper: z.literal(1) };
const id = z.number().int().nonnegative();

const Rect = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });
const Point = z.object({ x: z.number(), y: z.number() });

/**
 * Plans are made by core/layout in the same panel that sends them: their outline is checked
 * here (what the adapter reads first), the item styles are passed through as they are.
 */
const PlanItem = z.looseObject({
  kind: z.enum(['shape', 'text', 'note']),
  role: z.string(),
  layer: z.enum(['background', 'grid', 'content']),
  rect: Rect,
  record: z.optional(z.looseObject({ role: z.string() })),
});
const planBase = {
  title: z.string(),
  frame: z.object({
    title: z.string(),
    width: z.number(),
    height: z.number(),
    fillColor: z.string(),
  }),
  items: z.array(PlanItem),
};
const BoardPlan = z.looseObject({
  ...planBase,
  grid: z.looseObject({ stages: z.array(z.unknown()) }),
});
const SummaryPlan = z.looseObject({
  ...planBase,
  connectors: z.array(
    z.looseObject({
      kind: z.literal('connector'),
      fromIndex: id,
      toIndex: id,
      style: z.looseObject({}),
    }),
  ),
});
const SummaryPlace = z.union([z.object({ frameId: z.string() }), z.object({ area: Rect })]);
const NewNote = z.object({
  text: z.string(),
  color: NoteColor,
  rect: Rect,
  frameId: z.string().nullable(),
});
const NoteMove = z.object({ id: z.string(), to: Rect });
const duration = z.number().nonnegative();

const noArgs = <M extends string>(method: M) => z.object({ method: z.literal(method) });

/** One schema per call of the Board port; `progress` asks for `ApplyOptions.onProgress` events. */
export const BridgeCall = z.discriminatedUnion('method', [
  z.object({ method: z.literal('apply'), plan: BoardPlan, progress: z.boolean() }),
  z.object({
    method: z.literal('addSummary'),
    plan: SummaryPlan,
    nextTo: SummaryPlace,
    progress: z.boolean(),
  }),
  z.object({ method: z.literal('removeSummary'), frameId: z.string() }),
  noArgs('readSnapshot'),
  noArgs('selectedFrameIds'),
  noArgs('selectedNoteIds'),
  z.object({ method: z.literal('zoomTo'), area: Rect }),
  noArgs('onItemsChange'),
  noArgs('timer'),
  noArgs('timerState'),
  z.object({ method: z.literal('timerStart'), durationMs: duration }),
  noArgs('timerPause'),
  noArgs('timerResume'),
  noArgs('timerStop'),
  z.object({ method: z.literal('timerProlong'), durationMs: duration }),
  noArgs('timerOnChange'),
  z.object({ method: z.literal('addNotes'), notes: z.array(NewNote) }),
  z.object({ method: z.literal('moveNotes'), moves: z.array(NoteMove) }),
  noArgs('onDrop'),
]);
export type BridgeCall = z.infer<typeof BridgeCall>;
export type BridgeMethod = BridgeCall['method'];

const InsertedMap = z.object({ frameId: z.string(), itemCount: z.number().int().nonnegative() });
const Ids = z.object({ ids: z.array(z.string()) });
const nothing = z.null();
export const BoardTimerState = z.object({
  status: z.enum(['running', 'paused', 'stopped']),
  remainingMs: duration,
  totalMs: duration,
});

const SnapshotItem = z.object({
  id: z.string(),
  kind: z.enum(['frame', 'sticky', 'card', 'shape', 'text', 'other']),
  rect: Rect,
  text: z.string(),
  color: z.nullable(NoteColor),
  fill: z.string().nullable(),
  fontSize: z.number().nullable(),
  tags: z.array(z.string()),
  author: z.string().nullable(),
  createdAt: z.string().nullable(),
  modifiedAt: z.string().nullable(),
  parentId: z.string().nullable(),
  record: z.nullable(MapRecord),
  votes: z.number(),
  frameId: z.string().nullable(),
});
const SnapshotRead = z.object({
  snapshot: z.object({ items: z.array(SnapshotItem) }),
  warnings: z.array(z.string()),
  authorNames: z.optional(z.record(z.string(), z.string())),
});

/** What a successful reply to each call carries. */
export const BridgeValue = {
  apply: InsertedMap,
  addSummary: InsertedMap,
  removeSummary: nothing,
  readSnapshot: SnapshotRead,
  selectedFrameIds: z.array(z.string()),
  selectedNoteIds: z.array(z.string()),
  zoomTo: nothing,
  onItemsChange: nothing,
  timer: z.object({ available: z.boolean() }),
  timerState: BoardTimerState,
  timerStart: BoardTimerState,
  timerPause: BoardTimerState,
  timerResume: BoardTimerState,
  timerStop: BoardTimerState,
  timerProlong: BoardTimerState,
  timerOnChange: nothing,
  addNotes: Ids,
  moveNotes: Ids,
  onDrop: nothing,
} satisfies Record<BridgeMethod, z.ZodType>;

export const BridgeRequest = z.object({ ...ns, type: z.literal('request'), id, call: BridgeCall });
export type BridgeRequest = z.infer<typeof BridgeRequest>;

export const BridgeUnsubscribe = z.object({ ...ns, type: z.literal('unsubscribe'), id });
export type BridgeUnsubscribe = z.infer<typeof BridgeUnsubscribe>;

/** What the panel sends. */
export const ToPlugin = z.discriminatedUnion('type', [BridgeRequest, BridgeUnsubscribe]);
export type ToPlugin = z.infer<typeof ToPlugin>;

export const BridgeErrorData = z.object({
  reason: z.enum(['rateLimited', 'rejected', 'failed']),
  message: z.string(),
});
export type BridgeErrorData = z.infer<typeof BridgeErrorData>;

/** `value` is checked against `BridgeValue[method]` by the side that knows the method. */
export const BridgeReply = z.discriminatedUnion('ok', [
  z.object({ ...ns, type: z.literal('reply'), id, ok: z.literal(true), value: z.unknown() }),
  z.object({ ...ns, type: z.literal('reply'), id, ok: z.literal(false), error: BridgeErrorData }),
]);
export type BridgeReply = z.infer<typeof BridgeReply>;

export const BridgeEventData = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('progress'),
    progress: z.object({ done: z.number(), total: z.number() }),
  }),
  z.object({ kind: z.literal('itemsChange') }),
  z.object({
    kind: z.literal('timerChange'),
    state: BoardTimerState,
    change: z.enum(['start', 'update', 'finish']),
  }),
  z.object({
    kind: z.literal('drop'),
    drop: z.object({ point: Point, data: z.record(z.string(), z.string()) }),
  }),
]);
export type BridgeEventData = z.infer<typeof BridgeEventData>;

export const BridgeEvent = z.object({
  ...ns,
  type: z.literal('event'),
  id,
  event: BridgeEventData,
});
export type BridgeEvent = z.infer<typeof BridgeEvent>;

/** What the plugin's main thread sends. */
export const ToPanel = z.union([BridgeReply, BridgeEvent]);
export type ToPanel = z.infer<typeof ToPanel>;

/** Whether a message is ours at all (then it must be valid); anything else on the channel is not. */
export function isBridgeMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && 'journeyMapper' in message;
}
