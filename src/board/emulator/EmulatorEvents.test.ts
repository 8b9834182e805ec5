import { describe, expect, it } from 'vitest';
import type { BoardChange } from './EmulatorState.ts';
import { MiroEmulator } from './MiroEmulator.ts';

const T0 = Date.UTC(2024, 4, 14, 9, 31, 2);

function setup() {
  const miro = new MiroEmulator({ clock: { now: () => T0 } });
  return { miro, board: miro.board, user: miro.user };
}

/** Lets the handlers queued as microtasks run. */
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('SDK events', () => {
  it('report created, updated and deleted items to the app, after the call', async () => {
    const { board } = setup();
    const seen: string[] = [];
    board.ui.on('items:create', ({ items }) => seen.push(`create ${items.map((i) => i.type)}`));
    board.ui.on('experimental:items:update', ({ items }) =>
      seen.push(`update ${items.map((i) => i.type)}`),
    );
    board.ui.on('items:delete', ({ items }) => seen.push(`delete ${items.map((i) => i.type)}`));
    const pending = board.createStickyNote({});
    expect(seen).toEqual([]); // not during the call
    const note = await pending;
    note.content = 'changed';
    await note.sync();
    await board.remove(note);
    await flush();
    expect(seen).toEqual(['create sticky_note', 'update sticky_note', 'delete sticky_note']);
  });

  it('hand out copies of the items as they are after the change', async () => {
    const { board } = setup();
    const updates: unknown[] = [];
    board.ui.on('experimental:items:update', ({ items }) => updates.push(...items));
    const note = await board.createStickyNote({});
    note.content = 'changed';
    await note.sync();
    await flush();
    expect(updates).toEqual([expect.objectContaining({ id: note.id, content: 'changed' })]);
    expect(updates[0]).not.toBe(note);
  });

  it('stop after off', async () => {
    const { board } = setup();
    let calls = 0;
    const handler = () => void calls++;
    board.ui.on('items:create', handler);
    board.ui.off('items:create', handler);
    await board.createStickyNote({});
    await flush();
    expect(calls).toBe(0);
  });

  it('let a handler call back into the SDK', async () => {
    const { miro, board } = setup();
    board.ui.on('items:create', ({ items }) => {
      for (const item of items)
        if (item.type === 'sticky_note') void board.createCard({ title: item.content });
    });
    await board.createStickyNote({ content: 'copy me' });
    await flush();
    expect(miro.items().map((item) => item.type)).toEqual(['sticky_note', 'card']);
  });

  it('refuse an unknown event', () => {
    const { board } = setup();
    expect(() => board.ui.on('board:explode' as 'items:create', () => {})).toThrow(
      /unsupported event board:explode/,
    );
  });

  it('leave tags out', async () => {
    const { board } = setup();
    let calls = 0;
    board.ui.on('items:create', () => void calls++);
    await board.createTag({ title: 'Idea' });
    await flush();
    expect(calls).toBe(0);
  });
});

describe('subscribers', () => {
  it('hear of every SDK change at once, with the ids changed', async () => {
    const { miro, board } = setup();
    const changes: BoardChange[] = [];
    miro.subscribe((change) => changes.push(change));
    const frame = await board.createFrame({ x: 0, y: 0, width: 400, height: 400 });
    const note = await board.createStickyNote({});
    await frame.add(note);
    await board.setAppData('k', 1);
    await board.viewport.zoomTo(note);
    await board.remove(frame);
    expect(changes).toEqual([
      { kind: 'create', itemIds: [frame.id] },
      { kind: 'create', itemIds: [note.id] },
      { kind: 'update', itemIds: [frame.id, note.id] },
      { kind: 'update', itemIds: [] },
      { kind: 'viewport' },
      { kind: 'update', itemIds: [note.id] }, // detached, it stays on the board
      { kind: 'delete', itemIds: [frame.id] },
    ]);
  });

  it('hear that the children of a moved frame moved too', async () => {
    const { miro, board } = setup();
    const frame = await board.createFrame({ x: 0, y: 0, width: 400, height: 400 });
    const note = await board.createStickyNote({});
    await frame.add(note);
    const changes: BoardChange[] = [];
    miro.subscribe((change) => changes.push(change));
    frame.x = 100;
    await frame.sync();
    expect(changes).toEqual([{ kind: 'update', itemIds: [frame.id, note.id] }]);
  });

  it('stop hearing after unsubscribing', async () => {
    const { miro, board } = setup();
    const changes: BoardChange[] = [];
    const unsubscribe = miro.subscribe((change) => changes.push(change));
    unsubscribe();
    await board.createStickyNote({});
    expect(changes).toEqual([]);
  });

  it('hear nothing of a call that fails', async () => {
    const { miro, board } = setup();
    const changes: BoardChange[] = [];
    miro.subscribe((change) => changes.push(change));
    await expect(
      board.createStickyNote({ style: { fillColor: 'teal' as 'red' } }),
    ).rejects.toThrow();
    expect(changes).toEqual([]);
  });
});

describe('events of user changes', () => {
  it('raise items:create, experimental:items:update and items:delete with the items', async () => {
    const { board, user } = setup();
    const events: string[] = [];
    board.ui.on('items:create', ({ items }) => events.push(`create ${items.map((i) => i.id)}`));
    board.ui.on('experimental:items:update', ({ items }) =>
      events.push(`update ${items.map((i) => i.id)}`),
    );
    board.ui.on('items:delete', ({ items }) => events.push(`delete ${items.map((i) => i.id)}`));
    const note = user.addStickyNote({ x: 0, y: 0 });
    user.moveItems([note], 10, 0);
    user.deleteItems([note]);
    await flush();
    expect(events).toEqual([`create ${note}`, `update ${note}`, `delete ${note}`]);
  });

  it('raise selection:update with the selected items', async () => {
    const { board, user } = setup();
    const selections: string[][] = [];
    board.ui.on('selection:update', ({ items }) => selections.push(items.map((i) => i.id)));
    const note = user.addStickyNote({ x: 0, y: 0 });
    user.select([note]);
    user.select([note]);
    user.select([]);
    await flush();
    expect(selections).toEqual([[note], []]);
  });

  it('reach subscribers at once', () => {
    const { miro, user } = setup();
    const changes: BoardChange[] = [];
    miro.subscribe((change) => changes.push(change));
    const note = user.addStickyNote({ x: 0, y: 0 });
    user.select([note]);
    user.setViewport({ x: 0, y: 0, width: 800, height: 600 });
    expect(changes).toEqual([
      { kind: 'create', itemIds: [note] },
      { kind: 'selection' },
      { kind: 'viewport' },
    ]);
  });
});

describe('panel changes', () => {
  it('tells subscribers when the app opens or closes its panel', async () => {
    const emulator = new MiroEmulator();
    const kinds: string[] = [];
    emulator.subscribe((change) => kinds.push(change.kind));
    await emulator.board.ui.openPanel({ url: 'app.html' });
    expect(emulator.openedPanel).toEqual({ url: 'app.html' });
    await emulator.board.ui.closePanel();
    expect(kinds).toEqual(['panel', 'panel']);
    expect(emulator.openedPanel).toBeUndefined();
  });
});
