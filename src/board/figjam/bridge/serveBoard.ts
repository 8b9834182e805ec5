import { describeIssues } from '../../../core/validation/describeIssues.ts';
import type { BoardPlan, SummaryPlan } from '../../../core/layout/BoardPlan.ts';
import type { BoardRect } from '../../../core/geometry/Rect.ts';
import type { ApplyOptions, Board, BoardTimer, NewNote, NoteMove } from '../../port.ts';
import { BoardError } from '../../port.ts';
import type { BridgeChannel, BridgeLogger } from './BridgeChannel.ts';
import { errorToData } from './bridgeError.ts';
import type { BridgeCall, BridgeEventData, ToPanel } from './bridgeMessages.schema.ts';
import { isBridgeMessage, ToPlugin } from './bridgeMessages.schema.ts';

/**
 * Answers the panel's BridgeBoard calls on `board`, in the plugin's main thread. Returns the stop:
 * it stops listening and ends every subscription the panel holds.
 */
export function serveBoard(board: Board, channel: BridgeChannel, logger: BridgeLogger): () => void {
  const subscriptions = new Map<number, () => void>();
  const cancelled = new Set<number>();
  let timer: Promise<BoardTimer | null> | undefined;
  const boardTimer = () => (timer ??= board.timer());
  const send = (message: ToPanel) => channel.post(message);
  const event = (id: number, data: BridgeEventData) =>
    send({ journeyMapper: 1, type: 'event', id, event: data });

  const subscribe = (id: number, unsubscribe: () => void) => {
    if (cancelled.delete(id)) unsubscribe();
    else subscriptions.set(id, unsubscribe);
    return null;
  };

  const requireTimer = async (): Promise<BoardTimer> => {
    const found = await boardTimer();
    if (!found) throw new BoardError('rejected', 'This board has no timer.');
    return found;
  };

  const progress = (id: number, wanted: boolean): ApplyOptions =>
    wanted ? { onProgress: (value) => event(id, { kind: 'progress', progress: value }) } : {};

  async function run(id: number, call: BridgeCall): Promise<unknown> {
    switch (call.method) {
      case 'apply':
        return board.apply(call.plan as unknown as BoardPlan, progress(id, call.progress));
      case 'addSummary':
        return board.addSummary(
          call.plan as unknown as SummaryPlan,
          'area' in call.nextTo ? { area: call.nextTo.area as BoardRect } : call.nextTo,
          progress(id, call.progress),
        );
      case 'removeSummary':
        await board.removeSummary(call.frameId);
        return null;
      case 'readSnapshot':
        return board.readSnapshot();
      case 'selectedFrameIds':
        return board.selectedFrameIds();
      case 'selectedNoteIds':
        return board.selectedNoteIds();
      case 'zoomTo':
        await board.zoomTo(call.area as BoardRect);
        return null;
      case 'onItemsChange':
        return subscribe(
          id,
          board.onItemsChange(() => event(id, { kind: 'itemsChange' })),
        );
      case 'timer':
        return { available: (await boardTimer()) !== null };
      case 'timerState':
        return (await requireTimer()).state();
      case 'timerStart':
        return (await requireTimer()).start(call.durationMs);
      case 'timerPause':
        return (await requireTimer()).pause();
      case 'timerResume':
        return (await requireTimer()).resume();
      case 'timerStop':
        return (await requireTimer()).stop();
      case 'timerProlong':
        return (await requireTimer()).prolong(call.durationMs);
      case 'timerOnChange': {
        const found = await requireTimer();
        return subscribe(
          id,
          found.onChange((state, change) => event(id, { kind: 'timerChange', state, change })),
        );
      }
      case 'addNotes':
        return board.addNotes(call.notes as NewNote[]);
      case 'moveNotes':
        return board.moveNotes(call.moves as NoteMove[]);
      case 'onDrop':
        return subscribe(
          id,
          board.onDrop((drop) => event(id, { kind: 'drop', drop })),
        );
    }
  }

  const stopListening = channel.onMessage((message) => {
    if (!isBridgeMessage(message)) return;
    const parsed = ToPlugin.safeParse(message);
    if (!parsed.success) {
      logger.warn(
        `Journey Mapper bridge: dropped a malformed message from the panel: ${describeIssues(parsed.error)}`,
      );
      return;
    }
    const { id } = parsed.data;
    if (parsed.data.type === 'unsubscribe') {
      const unsubscribe = subscriptions.get(id);
      if (unsubscribe) {
        subscriptions.delete(id);
        unsubscribe();
      } else {
        cancelled.add(id);
      }
      return;
    }
    run(id, parsed.data.call).then(
      (value) => send({ journeyMapper: 1, type: 'reply', id, ok: true, value }),
      (error: unknown) =>
        send({ journeyMapper: 1, type: 'reply', id, ok: false, error: errorToData(error) }),
    );
  });

  return () => {
    stopListening();
    for (const unsubscribe of subscriptions.values()) unsubscribe();
    subscriptions.clear();
  };
}
