import { noteTextToHtml } from '../../core/text/textToHtml.ts';
import { detailOf } from '../messageOf.ts';
import type { AddedNotes, NewNote } from '../port.ts';
import { BoardError } from '../port.ts';
import { toSdkCenter } from '../position.ts';
import { wasRateLimited } from '../retry.ts';
import { runPool } from '../runPool.ts';
import type { Call } from './drawPlan.ts';
import type { Drawing } from './findDrawn.ts';
import { FRAME_GONE, listedFrame, type ListedFrame } from './listedFrame.ts';
import type { MiroSdk, SdkBoardObject } from './sdk.ts';
import { undoDrawing } from './undoDrawing.ts';

export type NotesContext = { sdk: MiroSdk; call: Call; concurrency: number };

/**
 * Creates each note at its board centre and adds it to its frame (`frame.add` attaches without
 * moving), after one listing of the frames: two dependent calls per note, the notes side by side.
 * A note with no frame stays on the open canvas (one call, and no listing when none has a frame).
 * On failure removes what the board shows of them and throws the BoardError that says what is left.
 */
export async function addNotes(
  context: NotesContext,
  notes: readonly NewNote[],
): Promise<AddedNotes> {
  if (notes.length === 0) return { ids: [] };
  const { sdk, call, concurrency } = context;
  const frames = await framesOf(context, notes);
  const created: SdkBoardObject[] = [];
  try {
    const ids = await runPool(notes, concurrency, async (note, index) => {
      const made = await call(() =>
        sdk.board.createStickyNote({
          ...toSdkCenter(note.rect),
          width: note.rect.width,
          shape: 'square',
          content: noteTextToHtml(note.text),
          style: { fillColor: note.color },
        }),
      );
      created.push(made);
      const frame = frames[index];
      if (frame && made.parentId !== note.frameId) await call(() => frame.add(made));
      return made.id;
    });
    return { ids };
  } catch (error) {
    const left = await undoDrawing(sdk, call, concurrency, created, drawingOf(notes), false);
    throw addNotesError(error, left, notes.length);
  }
}

/**
 * The notes' frames (null for a note on the open canvas), looked up before anything is drawn: a
 * failure leaves nothing behind.
 */
async function framesOf(
  context: NotesContext,
  notes: readonly NewNote[],
): Promise<(ListedFrame | null)[]> {
  if (notes.every((note) => note.frameId === null)) return notes.map(() => null);
  let objects: SdkBoardObject[];
  try {
    objects = await context.call(() => context.sdk.board.get({ type: ['frame'] }));
  } catch (error) {
    throw addNotesError(error, 0, notes.length);
  }
  return notes.map(({ frameId }): ListedFrame | null => {
    if (frameId === null) return null;
    const frame = listedFrame(objects, frameId);
    if (!frame) throw new BoardError('rejected', `${FRAME_GONE} No note was added.`);
    return frame;
  });
}

/** Where the notes were to be: what to look for when an answer got lost. */
function drawingOf(notes: readonly NewNote[]): Drawing {
  return {
    items: notes.map((note) => ({
      type: 'sticky_note',
      ...toSdkCenter(note.rect),
      width: note.rect.width,
    })),
  };
}

function addNotesError(error: unknown, left: number | null, count: number): BoardError {
  const them = count === 1 ? 'the note' : 'the notes';
  const cleanup =
    left === 0
      ? 'Nothing was left on the board.'
      : left === null
        ? `Whether any of ${them} stayed could not be checked: please look for new notes in the cell and delete them.`
        : `${left === 1 ? '1 new note' : `${left} new notes`} could not be removed: please delete ${left === 1 ? 'it' : 'them'} by hand.`;
  if (wasRateLimited(error))
    return new BoardError(
      'rateLimited',
      `Miro is receiving too many requests right now, so ${them} ${count === 1 ? 'was' : 'were'} not added. ${cleanup} Please try again in a minute.`,
      { cause: error },
    );
  const detail = detailOf(error);
  const What = count === 1 ? 'The note' : 'The notes';
  return new BoardError('failed', `${What} could not be added${detail}. ${cleanup}`, {
    cause: error,
  });
}
