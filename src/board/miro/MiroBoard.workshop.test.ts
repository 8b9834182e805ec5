import { describe, expect, it } from 'vitest';
import { boardRect } from '../../core/geometry/Rect.ts';
import { SimulatedClock } from '../../test/SimulatedClock.ts';
import { failAt, failMethod, RATE_LIMIT_MESSAGE } from '../emulator/faults.ts';
import { MiroEmulator, type MiroEmulatorOptions } from '../emulator/MiroEmulator.ts';
import {
  BoardError,
  type BoardDrop,
  type BoardTimerChange,
  type BoardTimerState,
} from '../port.ts';
import { MiroBoard } from './MiroBoard.ts';

const noWait = { delays: [0, 0, 0], sleep: async () => {} };

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A frame whose top-left corner is (-1000, -500), 1000 × 600, with a note of a person's in it and one outside. */
async function boardWithNotes(options: MiroEmulatorOptions = {}) {
  const emulator = new MiroEmulator(options);
  const frame = await emulator.board.createFrame({
    title: 'Map',
    x: -500,
    y: -200,
    width: 1000,
    height: 600,
  });
  const inside = emulator.user.addStickyNote({ x: -900, y: -400, content: '<p>Inside</p>' });
  const outside = emulator.user.addStickyNote({ x: 500, y: 500, content: '<p>Outside</p>' });
  emulator.resetStats();
  return { emulator, frameId: frame.id, inside, outside };
}

function stored(emulator: MiroEmulator, id: string) {
  const item = emulator.items().find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

const to = (x: number, y: number) => boardRect({ x, y, width: 100, height: 100 });

describe('MiroBoard.moveNotes', () => {
  it('moves a note of a frame to the centre of its rectangle, keeping its frame', async () => {
    const { emulator, frameId, inside } = await boardWithNotes();
    const board = new MiroBoard(emulator, { retry: noWait });
    expect(await board.moveNotes([{ id: inside, to: to(-700, -300) }])).toEqual({ ids: [inside] });
    expect(stored(emulator, inside)).toMatchObject({
      parentId: frameId,
      boardX: -650, // −700 + 100/2
      boardY: -250,
      x: 350, // from the frame's left at −1000
      y: 250, // from the frame's top at −500
    });
  });

  it('moves a note outside every frame in board coordinates', async () => {
    const { emulator, outside } = await boardWithNotes();
    await new MiroBoard(emulator, { retry: noWait }).moveNotes([{ id: outside, to: to(600, 600) }]);
    expect(stored(emulator, outside)).toMatchObject({ parentId: null, x: 650, y: 650 });
  });

  it('takes two dependent waves however many notes: one listing, then the moves', async () => {
    const clock = new SimulatedClock();
    const { emulator, inside, outside } = await boardWithNotes({ clock, sleep: clock.sleep });
    emulator.latencyMs = 100;
    const board = new MiroBoard(emulator, { retry: noWait });
    const start = clock.now();
    await clock.run(() =>
      board.moveNotes([
        { id: inside, to: to(-700, -300) },
        { id: outside, to: to(600, 600) },
      ]),
    );
    expect(clock.now() - start).toBe(200); // 2 waves × 100 ms
    expect(emulator.stats.byMethod).toEqual({ 'board.get': 1, 'item.sync': 2 });
  });

  it('moves nothing when one of the notes is gone, and says so', async () => {
    const { emulator, inside } = await boardWithNotes();
    const before = emulator.snapshot();
    const error = await new MiroBoard(emulator, { retry: noWait })
      .moveNotes([
        { id: inside, to: to(-700, -300) },
        { id: '404', to: to(0, 0) },
      ])
      .catch((e: unknown) => e);
    expect((error as BoardError).reason).toBe('rejected');
    expect((error as BoardError).message).toBe(
      '1 of the notes is no longer on the board, so nothing was moved.',
    );
    expect(emulator.snapshot()).toEqual(before);
  });

  it('says how many notes were moved when a move fails part-way', async () => {
    const { emulator, inside, outside } = await boardWithNotes();
    emulator.faults = failMethod('item.sync', { times: 1, error: new Error('Item is locked') });
    const error = await new MiroBoard(emulator, { retry: noWait, concurrency: 1 })
      .moveNotes([
        { id: inside, to: to(-700, -300) },
        { id: outside, to: to(600, 600) },
      ])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoardError);
    expect((error as BoardError).message).toBe(
      'The notes could not be moved (Item is locked). No move was confirmed, though some notes may have moved.',
    );
  });

  it('says how many of the notes it moved before one failed', async () => {
    const { emulator, inside, outside } = await boardWithNotes();
    emulator.faults = failAt(2, new Error('Item is locked')); // the listing, then two syncs
    const error = await new MiroBoard(emulator, { retry: noWait, concurrency: 1 })
      .moveNotes([
        { id: inside, to: to(-700, -300) },
        { id: outside, to: to(600, 600) },
      ])
      .catch((e: unknown) => e);
    expect((error as BoardError).message).toBe(
      'The notes could not be moved (Item is locked). 1 of the 2 notes was moved; the others may not have been.',
    );
    expect(stored(emulator, inside)).toMatchObject({ boardX: -650, boardY: -250 });
  });

  it('says nothing was moved when the board could not be read', async () => {
    const { emulator, inside } = await boardWithNotes();
    emulator.faults = failAt(0, new Error('Network connection lost'));
    const error = await new MiroBoard(emulator, { retry: noWait })
      .moveNotes([{ id: inside, to: to(-700, -300) }])
      .catch((e: unknown) => e);
    expect((error as BoardError).message).toBe(
      'The notes could not be moved (Network connection lost). No note was moved.',
    );
  });

  it('makes no call for no moves', async () => {
    const { emulator } = await boardWithNotes();
    expect(await new MiroBoard(emulator).moveNotes([])).toEqual({ ids: [] });
    expect(emulator.stats.calls).toBe(0);
  });
});

describe('MiroBoard.timer', () => {
  function timerBoard(canUseTimer = true) {
    const clock = new SimulatedClock();
    const emulator = new MiroEmulator({
      clock,
      schedule: clock.after,
      canUse: { timer: canUseTimer },
    });
    return { emulator, clock, board: new MiroBoard(emulator, { retry: noWait }) };
  }

  it('is null where the board’s plan has no timer', async () => {
    expect(await timerBoard(false).board.timer()).toBeNull();
  });

  it('runs Miro’s timer and reads it in the port’s words', async () => {
    const { board, clock } = timerBoard();
    const timer = await board.timer();
    if (!timer) throw new Error('no timer');
    expect(await timer.start(300_000)).toEqual({
      status: 'running',
      remainingMs: 300_000,
      totalMs: 300_000,
    });
    clock.advance(60_000);
    expect(await timer.pause()).toEqual({
      status: 'paused',
      remainingMs: 240_000,
      totalMs: 300_000,
    });
    expect(await timer.prolong(60_000)).toEqual({
      status: 'paused',
      remainingMs: 300_000,
      totalMs: 360_000,
    });
    expect(await timer.resume()).toMatchObject({ status: 'running' });
    expect(await timer.stop()).toEqual({ status: 'stopped', remainingMs: 0, totalMs: 360_000 });
    expect(await timer.state()).toEqual({ status: 'stopped', remainingMs: 0, totalMs: 360_000 });
  });

  it('tells the listener of each change, the time running out included, until unsubscribed', async () => {
    const { board, clock } = timerBoard();
    const timer = await board.timer();
    if (!timer) throw new Error('no timer');
    const seen: [BoardTimerChange, BoardTimerState['status']][] = [];
    const unsubscribe = timer.onChange((state, change) => seen.push([change, state.status]));
    await timer.start(1_000);
    await timer.pause();
    await timer.resume();
    clock.advance(1_000);
    await flush();
    unsubscribe();
    await timer.start(1_000);
    await flush();
    expect(seen).toEqual([
      ['start', 'running'],
      ['update', 'paused'],
      ['update', 'running'],
      ['finish', 'stopped'],
    ]);
  });

  it('says in plain words when a call is refused', async () => {
    const { board } = timerBoard();
    const timer = await board.timer();
    const error = await timer?.pause().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoardError);
    expect((error as BoardError).message).toBe(
      'The timer could not be paused (timer.pause: the timer is stopped).',
    );
  });

  it('says when Miro is too busy to start it', async () => {
    const { board, emulator } = timerBoard();
    const timer = await board.timer();
    emulator.faults = failMethod('board.timer.start', { error: new Error(RATE_LIMIT_MESSAGE) });
    const error = await timer?.start(1_000).catch((e: unknown) => e);
    expect((error as BoardError).reason).toBe('rateLimited');
    expect((error as BoardError).message).toBe(
      'Miro is receiving too many requests right now, so the timer was not started. Please try again in a minute.',
    );
  });

  it('says when whether the board has a timer could not be checked', async () => {
    const { board, emulator } = timerBoard();
    emulator.faults = failAt(0, new Error('Network connection lost'));
    const error = await board.timer().catch((e: unknown) => e);
    expect((error as BoardError).message).toBe(
      'Whether this board has Miro’s timer could not be checked (Network connection lost).',
    );
  });
});

describe('MiroBoard.onDrop', () => {
  it('hands the listener the board point and the dragged element’s data, until unsubscribed', async () => {
    const emulator = new MiroEmulator();
    await emulator.board.ui.openPanel({ url: 'app.html' });
    const board = new MiroBoard(emulator);
    const drops: BoardDrop[] = [];
    const unsubscribe = board.onDrop((drop) => drops.push(drop));
    emulator.user.drop(
      { dataset: { lane: 'painPoints', color: 'red', empty: undefined } },
      120,
      -40,
    );
    await flush();
    unsubscribe();
    emulator.user.drop({ dataset: {} }, 0, 0);
    await flush();
    expect(drops).toEqual([
      { point: { x: 120, y: -40 }, data: { lane: 'painPoints', color: 'red' } },
    ]);
  });
});
