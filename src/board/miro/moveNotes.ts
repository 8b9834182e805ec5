import * as z from 'zod/mini';
import { rectCenter } from '../../core/geometry/Rect.ts';
import { detailOf } from '../messageOf.ts';
import type { MovedNotes, NoteMove } from '../port.ts';
import { BoardError } from '../port.ts';
import { parentRelative } from '../position.ts';
import { wasRateLimited } from '../retry.ts';
import { runPool } from '../runPool.ts';
import type { NotesContext } from './addNotes.ts';
import { listedFrame } from './listedFrame.ts';
import type { SdkBoardObject } from './sdk.ts';

const ListedNote = z.object({
  id: z.string(),
  type: z.enum(['sticky_note', 'card']),
  x: z.number(),
  y: z.number(),
  parentId: z.nullish(z.string()),
});

type Movable = { x: number; y: number; sync(): Promise<void> };

function isMovable(object: SdkBoardObject): object is SdkBoardObject & Movable {
  return typeof (object as Partial<Movable>).sync === 'function';
}

/**
 * Two dependent waves: one listing of the notes and frames; then every note's new position set
 * and synced, side by side. A child's `x`/`y` are measured from its frame's top-left, so the
 * note stays in its frame.
 */
export async function moveNotes(
  context: NotesContext,
  moves: readonly NoteMove[],
): Promise<MovedNotes> {
  if (moves.length === 0) return { ids: [] };
  const { sdk, call, concurrency } = context;
  let objects: SdkBoardObject[];
  try {
    objects = await call(() => sdk.board.get({ type: ['frame', 'sticky_note', 'card'] }));
  } catch (error) {
    throw moveNotesError(error, null, moves.length);
  }
  const targets = moves.map((move) => targetOf(objects, move));
  const missing = targets.filter((target) => target === undefined).length;
  if (missing > 0)
    throw new BoardError(
      'rejected',
      `${missing === 1 ? '1 of the notes is' : `${missing} of the notes are`} no longer on the board, so nothing was moved.`,
    );
  let moved = 0;
  try {
    await runPool(targets, concurrency, async (target) => {
      if (!target) return;
      target.note.x = target.x;
      target.note.y = target.y;
      await call(() => target.note.sync());
      moved++;
    });
  } catch (error) {
    throw moveNotesError(error, moved, moves.length);
  }
  return { ids: moves.map((move) => move.id) };
}

function targetOf(objects: readonly SdkBoardObject[], move: NoteMove) {
  const note = objects.find((object) => object.id === move.id);
  const parsed = ListedNote.safeParse(note);
  if (!note || !parsed.success || !isMovable(note)) return undefined;
  const center = rectCenter(move.to);
  const { parentId } = parsed.data;
  if (!parentId) return { id: move.id, note, ...center };
  const frame = listedFrame(objects, parentId);
  if (!frame) return undefined;
  return { id: move.id, note, ...parentRelative(center, frame.geometry) };
}

/** `moved`: how many moves Miro confirmed, or null when none had begun. */
function moveNotesError(error: unknown, moved: number | null, count: number): BoardError {
  const done =
    moved === null
      ? 'No note was moved.'
      : moved === 0
        ? 'No move was confirmed, though some notes may have moved.'
        : `${moved} of the ${count} notes ${moved === 1 ? 'was' : 'were'} moved; the others may not have been.`;
  if (wasRateLimited(error))
    return new BoardError(
      'rateLimited',
      `Miro is receiving too many requests right now, so the notes were not all moved. ${done} Please try again in a minute.`,
      { cause: error },
    );
  const detail = detailOf(error);
  return new BoardError('failed', `The notes could not be moved${detail}. ${done}`, {
    cause: error,
  });
}
