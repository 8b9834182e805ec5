import { describe, expect, it } from 'vitest';
import { boardRect } from '../../core/geometry/Rect.ts';
import { SimulatedClock } from '../../test/SimulatedClock.ts';
import {
  combineFaults,
  failAt,
  failMethod,
  loseResponseAt,
  RATE_LIMIT_MESSAGE,
  type FaultInjector,
} from '../emulator/faults.ts';
import { MiroEmulator, type MiroEmulatorOptions } from '../emulator/MiroEmulator.ts';
import { BoardError, type NewNote } from '../port.ts';
import { MiroBoard } from './MiroBoard.ts';

const noWait = { delays: [0, 0, 0], sleep: async () => {} };

/** A map's frame whose top-left corner is (-1000, -500), 1000 × 600, and a person's note in it. */
async function boardWithFrame(options: MiroEmulatorOptions = {}) {
  const emulator = new MiroEmulator(options);
  const frame = await emulator.board.createFrame({
    title: 'Map',
    x: -500,
    y: -200,
    width: 1000,
    height: 600,
  });
  emulator.user.addStickyNote({ x: -300, y: 0, content: '<p>Earlier idea</p>' });
  emulator.resetStats();
  return { emulator, frameId: frame.id };
}

function note(frameId: string | null, text: string, x: number, y: number): NewNote {
  return { text, color: 'light_pink', rect: boardRect({ x, y, width: 199, height: 228 }), frameId };
}

function stored(emulator: MiroEmulator, id: string) {
  const item = emulator.items().find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

describe('MiroBoard.addNotes', () => {
  it('leaves a note with no frame (a map drawn on the open canvas) unattached where it was asked for', async () => {
    const { emulator } = await boardWithFrame();
    const board = new MiroBoard(emulator, { retry: noWait });
    const { ids } = await board.addNotes([note(null, 'Outside any frame', 2000, 1000)]);
    expect(stored(emulator, ids[0] ?? '')).toMatchObject({
      type: 'sticky_note',
      parentId: null,
      boardX: 2099.5, // 2000 + 199/2
      boardY: 1114, // 1000 + 228/2
    });
    // no frame to look up: one call, to create the note
    expect(emulator.stats.byMethod).toEqual({ 'board.createStickyNote': 1 });
  });

  it('puts each note in its frame, centred in its rectangle, in its colour and width', async () => {
    const { emulator, frameId } = await boardWithFrame();
    const board = new MiroBoard(emulator, { retry: noWait });
    const { ids } = await board.addNotes([note(frameId, 'Where is my order?', -900, -400)]);
    expect(ids).toHaveLength(1);
    const made = stored(emulator, ids[0] ?? '');
    expect(made).toMatchObject({
      type: 'sticky_note',
      parentId: frameId,
      relativeTo: 'parent_top_left',
      x: 199.5, // −900 + 199/2, from the frame's left at −1000
      y: 214, // −400 + 228/2, from the frame's top at −500
      boardX: -800.5,
      boardY: -286,
      width: 199,
      content: '<p>Where is my order?</p>',
      style: { fillColor: 'light_pink' },
    });
  });

  it('hands back the ids in the order the notes were given', async () => {
    const { emulator, frameId } = await boardWithFrame();
    const board = new MiroBoard(emulator, { retry: noWait });
    const { ids } = await board.addNotes([
      note(frameId, 'First', -900, -400),
      note(frameId, 'Second', -600, -400),
    ]);
    expect(ids.map((id) => stored(emulator, id))).toMatchObject([
      { content: '<p>First</p>' },
      { content: '<p>Second</p>' },
    ]);
  });

  it('takes three dependent waves however many notes: the frames, the notes, adding them', async () => {
    const clock = new SimulatedClock();
    const { emulator, frameId } = await boardWithFrame({ clock, sleep: clock.sleep });
    emulator.latencyMs = 100;
    const board = new MiroBoard(emulator, { retry: noWait });
    const notes = Array.from({ length: 6 }, (_, i) =>
      note(frameId, `Note ${i}`, -900 + 150 * i, -100),
    );
    const start = clock.now();
    await clock.run(() => board.addNotes(notes));
    expect(clock.now() - start).toBe(300); // 3 waves × 100 ms
    expect(emulator.stats.calls).toBe(13); // 1 listing + 6 creates + 6 adds
  });

  it('does not add a note the board already put in the frame', async () => {
    const { emulator, frameId } = await boardWithFrame({ attachOnCreateInsideFrame: true });
    const board = new MiroBoard(emulator, { retry: noWait });
    const { ids } = await board.addNotes([note(frameId, 'Idea', -900, -400)]);
    expect(stored(emulator, ids[0] ?? '').parentId).toBe(frameId);
    expect(emulator.stats.byMethod['frame.add']).toBeUndefined();
  });

  it('makes no call for no notes', async () => {
    const { emulator } = await boardWithFrame();
    expect(await new MiroBoard(emulator).addNotes([])).toEqual({ ids: [] });
    expect(emulator.stats.calls).toBe(0);
  });

  it('adds nothing and says so when the frame is gone', async () => {
    const { emulator } = await boardWithFrame();
    const before = emulator.snapshot();
    const error = await new MiroBoard(emulator, { retry: noWait })
      .addNotes([note('404', 'Idea', -900, -400)])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoardError);
    expect((error as BoardError).reason).toBe('rejected');
    expect((error as BoardError).message).toBe(
      'The map’s frame is no longer on the board. No note was added.',
    );
    expect(emulator.snapshot()).toEqual(before);
  });

  it('says in plain words what failed and that nothing was left', async () => {
    const { emulator, frameId } = await boardWithFrame();
    emulator.faults = failMethod('frame.add', { times: 1, error: new Error('Frame is locked') });
    const error = await new MiroBoard(emulator, { retry: noWait })
      .addNotes([note(frameId, 'Idea', -900, -400)])
      .catch((e: unknown) => e);
    expect((error as BoardError).message).toBe(
      'The note could not be added (Frame is locked). Nothing was left on the board.',
    );
  });

  it('says when Miro is too busy, once the retries are spent', async () => {
    const { emulator, frameId } = await boardWithFrame();
    emulator.faults = failMethod('board.createStickyNote', {
      error: new Error(RATE_LIMIT_MESSAGE),
    });
    const error = await new MiroBoard(emulator, { retry: noWait })
      .addNotes([note(frameId, 'A', -900, -400), note(frameId, 'B', -600, -400)])
      .catch((e: unknown) => e);
    expect((error as BoardError).reason).toBe('rateLimited');
    expect((error as BoardError).message).toMatch(
      /^Miro is receiving too many requests right now, so the notes were not added\. Nothing was left on the board\./,
    );
  });

  it('says how many notes it could not remove', async () => {
    const { emulator, frameId } = await boardWithFrame();
    emulator.faults = combineFaults(failMethod('frame.add'), failMethod('board.remove'));
    const error = await new MiroBoard(emulator, { retry: noWait })
      .addNotes([note(frameId, 'A', -900, -400)])
      .catch((e: unknown) => e);
    expect((error as BoardError).message).toBe(
      'The note could not be added (Injected failure of frame.add). 1 new note could not be removed: please delete it by hand.',
    );
  });

  const KINDS: [string, (index: number) => FaultInjector][] = [
    ['rejected', (index) => failAt(index, new Error('Network connection lost'))],
    ['answered too late', (index) => loseResponseAt(index, new Error('Request timed out'))],
  ];

  it.each(KINDS)(
    'adds all the notes or leaves the board as it was when any call is %s',
    async (_, fault) => {
      const notes = (frameId: string) => [
        note(frameId, 'A', -900, -400),
        note(frameId, 'B', -600, -400),
        note(frameId, 'C', -300, -400),
      ];
      const outcomes: string[] = [];
      for (let index = 0; index < 7; index++) {
        const { emulator, frameId } = await boardWithFrame();
        const before = emulator.snapshot();
        emulator.faults = fault(index);
        const outcome = await new MiroBoard(emulator, { retry: noWait })
          .addNotes(notes(frameId))
          .then(
            () => 'done',
            (error: unknown) => error,
          );
        emulator.faults = undefined;
        if (outcome === 'done') {
          outcomes.push('done');
          continue;
        }
        expect(outcome, `call ${index}`).toBeInstanceOf(BoardError);
        expect((outcome as BoardError).message, `call ${index}`).toMatch(
          /Nothing was left on the board\.$/,
        );
        expect(emulator.snapshot(), `call ${index}`).toEqual(before);
        outcomes.push('undone');
      }
      expect(outcomes).toContain('undone');
    },
  );
});
