import { describe, expect, it } from 'vitest';
import type { BoardChange, EmulatorState } from './EmulatorState.ts';
import { failAt } from './faults.ts';
import { MiroEmulator } from './MiroEmulator.ts';

const T0 = Date.UTC(2024, 4, 14, 9, 31, 2);

function setup() {
  const clock = { time: T0, now: () => clock.time };
  const miro = new MiroEmulator({ clock });
  return { miro, board: miro.board, user: miro.user, clock };
}

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Two 400×400 frames side by side: A's top-left at (0, 0), B's at (1000, 0). */
async function twoFrames(board: MiroEmulator['board']) {
  const a = await board.createFrame({ title: 'A', x: 200, y: 200, width: 400, height: 400 });
  const b = await board.createFrame({ title: 'B', x: 1200, y: 200, width: 400, height: 400 });
  return { a, b };
}

function item(miro: MiroEmulator, id: string) {
  return miro.items().find((candidate) => candidate.id === id);
}

function ignoringNextId(state: EmulatorState): EmulatorState {
  return { ...state, nextId: 'ignored' };
}

describe('adding a sticky note', () => {
  it('makes a light yellow, empty note at the board point', () => {
    const { miro, user } = setup();
    const id = user.addStickyNote({ x: 10, y: 20 });
    expect(item(miro, id)).toMatchObject({
      type: 'sticky_note',
      content: '',
      x: 10,
      y: 20,
      parentId: null,
      style: { fillColor: 'light_yellow' },
    });
  });

  it('costs no credits and escapes injected faults', () => {
    const { miro, user } = setup();
    miro.faults = failAt(0);
    user.addStickyNote({ x: 0, y: 0 });
    expect(miro.stats).toEqual({ calls: 0, credits: 0, byMethod: {} });
  });

  it('over a frame, makes the note its child at frame-relative coordinates', async () => {
    const { miro, board, user } = setup();
    const { b } = await twoFrames(board);
    const id = user.addStickyNote({ x: 1100, y: 150 });
    expect(item(miro, id)).toMatchObject({ parentId: b.id, x: 100, y: 150 }); // 1100 - 1000
    expect(item(miro, b.id)).toMatchObject({ childrenIds: [id] });
  });

  it('refuses a colour Miro does not have, changing nothing', () => {
    const { miro, user } = setup();
    const before = miro.exportState();
    expect(() => user.addStickyNote({ x: 0, y: 0, color: 'teal' })).toThrow(
      /Invalid sticky_note: At style\.fillColor/,
    );
    expect(miro.exportState()).toEqual(before);
    expect(user.canUndo).toBe(false);
  });
});

describe('editing', () => {
  it('sets the content of a note and the title of a card', async () => {
    const { miro, board, user } = setup();
    const note = user.addStickyNote({ x: 0, y: 0 });
    const card = await board.createCard({});
    user.editContent(note, '<p>Slow delivery</p>');
    user.editContent(card.id, 'Checkout');
    expect(item(miro, note)).toMatchObject({ content: '<p>Slow delivery</p>' });
    expect(item(miro, card.id)).toMatchObject({ title: 'Checkout' });
  });

  it('refuses HTML outside the allowed subset', () => {
    const { user } = setup();
    const note = user.addStickyNote({ x: 0, y: 0 });
    expect(() => user.editContent(note, '<script>x</script>')).toThrow(/<script> is not allowed/);
  });

  it('stamps the change with the clock', () => {
    const { miro, user, clock } = setup();
    const note = user.addStickyNote({ x: 0, y: 0 });
    clock.time = T0 + 1000;
    user.editContent(note, 'x');
    expect(item(miro, note)?.modifiedAt).toBe('2024-05-14T09:31:03.000Z');
  });
});

describe('setting a colour', () => {
  it('sets a note fill by name and a shape fill by hex', async () => {
    const { miro, board, user } = setup();
    const note = user.addStickyNote({ x: 0, y: 0 });
    const shape = await board.createShape({});
    user.setColor([note], 'red');
    user.setColor([shape.id], '#00ff00');
    expect(item(miro, note)).toMatchObject({ style: { fillColor: 'red' } });
    expect(item(miro, shape.id)).toMatchObject({ style: { fillColor: '#00ff00' } });
  });

  it('changes nothing when one of the items refuses the colour', async () => {
    const { miro, board, user } = setup();
    const note = user.addStickyNote({ x: 0, y: 0 });
    const shape = await board.createShape({});
    const before = miro.exportState();
    expect(() => user.setColor([note, shape.id], 'red')).toThrow(/At style\.fillColor/);
    expect(miro.exportState()).toEqual(before);
  });
});

describe('moving', () => {
  it('into a frame: the note becomes its child', async () => {
    const { miro, board, user } = setup();
    const { a } = await twoFrames(board);
    const note = user.addStickyNote({ x: -500, y: 100 });
    user.moveItems([note], 600, 50);
    expect(item(miro, note)).toMatchObject({ parentId: a.id, x: 100, y: 150, boardX: 100 });
    expect(item(miro, a.id)).toMatchObject({ childrenIds: [note] });
  });

  it('out of a frame: the note is detached at board coordinates', async () => {
    const { miro, board, user } = setup();
    const { a } = await twoFrames(board);
    const note = user.addStickyNote({ x: 100, y: 100 });
    user.moveItems([note], -600, 0);
    expect(item(miro, note)).toMatchObject({ parentId: null, x: -500, y: 100 });
    expect(item(miro, a.id)).toMatchObject({ childrenIds: [] });
  });

  it('between two frames: the note changes parent', async () => {
    const { miro, board, user } = setup();
    const { a, b } = await twoFrames(board);
    const note = user.addStickyNote({ x: 100, y: 100 });
    user.moveItems([note], 1050, 20);
    // board (1150, 120); B's top-left is (1000, 0)
    expect(item(miro, note)).toMatchObject({ parentId: b.id, x: 150, y: 120, boardX: 1150 });
    expect(item(miro, a.id)).toMatchObject({ childrenIds: [] });
    expect(item(miro, b.id)).toMatchObject({ childrenIds: [note] });
  });

  it('within a frame: the note stays its child', async () => {
    const { miro, board, user } = setup();
    const { a } = await twoFrames(board);
    const note = user.addStickyNote({ x: 100, y: 100 });
    user.moveItems([note], 50, 0);
    expect(item(miro, note)).toMatchObject({ parentId: a.id, x: 150, y: 100 });
  });

  it('over overlapping frames: the topmost (last created) wins', async () => {
    const { miro, board, user } = setup();
    await board.createFrame({ x: 200, y: 200, width: 400, height: 400 });
    const top = await board.createFrame({ x: 300, y: 300, width: 400, height: 400 });
    const note = user.addStickyNote({ x: -500, y: 0 });
    user.moveItems([note], 750, 250);
    // board (250, 250); the top frame's top-left is (100, 100)
    expect(item(miro, note)).toMatchObject({ parentId: top.id, x: 150, y: 150 });
  });

  it('a frame carries its children', async () => {
    const { miro, board, user } = setup();
    const { a } = await twoFrames(board);
    const note = user.addStickyNote({ x: 100, y: 100 });
    user.moveItems([a.id], 30, 40);
    expect(item(miro, a.id)).toMatchObject({ x: 230, y: 240 });
    expect(item(miro, note)).toMatchObject({ x: 100, y: 100, boardX: 130, boardY: 140 });
  });

  it('a frame moved with its child moves the child once', async () => {
    const { miro, board, user } = setup();
    const { a } = await twoFrames(board);
    const note = user.addStickyNote({ x: 100, y: 100 });
    user.moveItems([note, a.id], 30, 0);
    expect(item(miro, note)).toMatchObject({ parentId: a.id, x: 100, boardX: 130 });
  });

  it('a frame moved over a loose note does not capture it', async () => {
    const { miro, board, user } = setup();
    const { a } = await twoFrames(board);
    const note = user.addStickyNote({ x: -300, y: 100 });
    user.moveItems([a.id], -400, 0);
    expect(item(miro, note)).toMatchObject({ parentId: null });
  });

  it('refuses an unknown id, changing nothing', () => {
    const { miro, user } = setup();
    user.addStickyNote({ x: 0, y: 0 });
    const before = miro.exportState();
    expect(() => user.moveItems(['42'], 1, 1)).toThrow(/moveItems: item 42 does not exist/);
    expect(miro.exportState()).toEqual(before);
  });
});

describe('deleting', () => {
  it('takes a frame with its children and the connectors to them', async () => {
    const { miro, board, user } = setup();
    const { a, b } = await twoFrames(board);
    const inA = user.addStickyNote({ x: 100, y: 100 });
    const inB = user.addStickyNote({ x: 1100, y: 100 });
    await board.createConnector({ start: { item: inA }, end: { item: inB } });
    user.deleteItems([a.id]);
    expect(miro.items().map((i) => i.id)).toEqual([b.id, inB]);
    expect(miro.connectors()).toEqual([]);
  });

  it('takes deleted items out of the selection', () => {
    const { user } = setup();
    const one = user.addStickyNote({ x: 0, y: 0 });
    const two = user.addStickyNote({ x: 300, y: 0 });
    user.select([one, two]);
    user.deleteItems([one]);
    expect(user.selection).toEqual([two]);
  });
});

describe('undo', () => {
  async function boardWithContent() {
    const context = setup();
    const { board, user } = context;
    const { a } = await twoFrames(board);
    const tag = await board.createTag({ title: 'Idea' });
    const note = user.addStickyNote({ x: 100, y: 100, content: 'first' });
    const other = await board.createStickyNote({ x: 1100, y: 100, tagIds: [tag.id] });
    await board.createConnector({ start: { item: note }, end: { item: other.id } });
    await board.setAppData('maps', ['m1']);
    return { ...context, a, note, other };
  }

  const actions: Array<[string, (c: Awaited<ReturnType<typeof boardWithContent>>) => void]> = [
    ['editContent', ({ user, note }) => user.editContent(note, 'second')],
    ['setColor', ({ user, note, other }) => user.setColor([note, other.id], 'red')],
    ['moveItems across frames', ({ user, note }) => user.moveItems([note], 1000, 0)],
    ['moveItems of a frame', ({ user, a }) => user.moveItems([a.id], 0, -500)],
    ['deleteItems of a frame', ({ user, a }) => user.deleteItems([a.id])],
  ];

  it.each(actions)('restores the board exactly after %s', async (_name, act) => {
    const context = await boardWithContent();
    const before = context.miro.exportState();
    act(context);
    expect(context.miro.exportState()).not.toEqual(before);
    expect(context.user.undo()).toBe(true);
    expect(context.miro.exportState()).toEqual(before);
  });

  it('restores the board after addStickyNote, without handing out the id again', async () => {
    const { miro, user } = await boardWithContent();
    const before = miro.exportState();
    const id = user.addStickyNote({ x: 0, y: 0 });
    user.undo();
    expect(ignoringNextId(miro.exportState())).toEqual(ignoringNextId(before));
    expect(user.addStickyNote({ x: 0, y: 0 })).not.toBe(id);
  });

  it('raises the events that turn the board back and a reset', async () => {
    const { miro, board, user, a, note } = await boardWithContent();
    const changes: BoardChange[] = [];
    const events: string[] = [];
    user.deleteItems([a.id]);
    miro.subscribe((change) => changes.push(change));
    board.ui.on('items:create', ({ items }) => events.push(...items.map((i) => i.id)));
    user.undo();
    await flush();
    expect(changes).toEqual([{ kind: 'reset' }]);
    expect(events).toHaveLength(3); // the frame, its note and the connector
    expect(events).toContain(note);
  });

  it('also reverts what the app changed through the SDK since', async () => {
    const { miro, board, user } = setup();
    user.addStickyNote({ x: 0, y: 0 });
    await board.createShape({});
    await board.setAppData('k', 1);
    user.undo();
    expect(miro.items()).toEqual([]);
    expect(miro.snapshot().appData).toEqual({});
  });

  it('keeps the viewport', () => {
    const { miro, user } = setup();
    user.addStickyNote({ x: 0, y: 0 });
    user.setViewport({ x: 5, y: 5, width: 100, height: 100 });
    user.undo();
    expect(miro.viewport).toEqual({ x: 5, y: 5, width: 100, height: 100 });
  });

  it('goes back one change at a time, then reports there is nothing left', () => {
    const { miro, user } = setup();
    const note = user.addStickyNote({ x: 0, y: 0 });
    user.editContent(note, 'a');
    user.editContent(note, 'b');
    user.undo();
    expect(item(miro, note)).toMatchObject({ content: 'a' });
    user.undo();
    user.undo();
    expect(miro.items()).toEqual([]);
    expect(user.canUndo).toBe(false);
    expect(user.undo()).toBe(false);
  });

  it('keeps the last 100 changes', () => {
    const { miro, user } = setup();
    const note = user.addStickyNote({ x: 0, y: 0 });
    for (let i = 1; i <= 101; i++) user.editContent(note, `v${i}`);
    while (user.undo());
    expect(item(miro, note)).toMatchObject({ content: 'v1' });
  });

  it('does not count selecting or panning as changes', () => {
    const { user } = setup();
    user.select([]);
    user.setViewport({ x: 0, y: 0, width: 10, height: 10 });
    expect(user.canUndo).toBe(false);
  });
});

describe('viewport', () => {
  it('is set by the person, for free', async () => {
    const { miro, board, user } = setup();
    user.setViewport({ x: -100, y: -50, width: 800, height: 600 });
    expect(await board.viewport.get()).toEqual({ x: -100, y: -50, width: 800, height: 600 });
    expect(miro.stats.calls).toBe(1); // only the get
  });

  it('refuses an empty area', () => {
    const { user } = setup();
    expect(() => user.setViewport({ x: 0, y: 0, width: 0, height: 10 })).toThrow(
      /setViewport: At width/,
    );
  });
});

describe('undo of what the app changed, where it can be undone (the sandbox)', () => {
  const undoable = () => {
    const miro = new MiroEmulator({ appChangesUndoable: true, sleep: async () => {} });
    return { miro, board: miro.board, user: miro.user };
  };

  it('undoes the app’s changes since the person’s last change in one step, keeping theirs', async () => {
    const { miro, board, user } = undoable();
    const note = user.addStickyNote({ x: 0, y: 0, content: 'mine' });
    const a = await board.createStickyNote({ x: 500, y: 0 });
    await board.createStickyNote({ x: 800, y: 0 });
    a.x = 600;
    await a.sync();
    expect(user.undo()).toBe(true);
    expect(miro.items().map((stored) => stored.id)).toEqual([note]);
    expect(user.undo()).toBe(true);
    expect(miro.items()).toEqual([]);
  });

  it('makes the app’s changes after an undo a step of their own', async () => {
    const { miro, board, user } = undoable();
    await board.createStickyNote({ x: 0, y: 0 });
    user.undo();
    const kept = user.addStickyNote({ x: 0, y: 0 });
    await board.createStickyNote({ x: 500, y: 0 });
    user.undo();
    expect(miro.items().map((stored) => stored.id)).toEqual([kept]);
  });

  it('records nothing for the app’s reads', async () => {
    const { board, user } = undoable();
    await board.get();
    await board.getAppData();
    expect(user.canUndo).toBe(false);
  });
});
