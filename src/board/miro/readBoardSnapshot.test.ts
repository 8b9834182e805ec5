import { describe, expect, it } from 'vitest';
import { boardRect } from '../../core/geometry/Rect.ts';
import { intervalCenter } from '../../core/geometry/Interval.ts';
import { layoutMap } from '../../core/layout/layoutMap.ts';
import type { BoardPlan } from '../../core/layout/BoardPlan.ts';
import type { SnapshotItem } from '../../core/snapshot/BoardSnapshot.ts';
import { sampleDraft, sampleTemplate } from '../../test/sampleTemplate.ts';
import { withStickyNotes, type NoteSpec } from '../../test/withStickyNotes.ts';
import { failAt, rateLimitAt } from '../emulator/faults.ts';
import { MiroEmulator } from '../emulator/MiroEmulator.ts';
import { BoardError } from '../port.ts';
import { METADATA_KEY } from '../appKeys.ts';
import { MiroBoard } from './MiroBoard.ts';

const noWait = { delays: [0, 0], sleep: async () => {} };

const plan: BoardPlan = layoutMap(sampleTemplate, sampleDraft());

async function boardWithMap(emulator = new MiroEmulator()) {
  const board = new MiroBoard(emulator, { retry: noWait });
  const { frameId } = await board.apply(plan);
  const frame = emulator.items().find((item) => item.id === frameId);
  if (frame?.type !== 'frame') throw new Error('no frame');
  const left = frame.boardX - frame.width / 2;
  const top = frame.boardY - frame.height / 2;
  /** The board centre of the cell of stage `s` and lane `l` (indexes). */
  const cellCenter = (s: number, l: number) => {
    const column = plan.grid.columns[s] ?? { start: 0, end: 0 };
    const row = plan.grid.rows[l] ?? { start: 0, end: 0 };
    return { x: left + intervalCenter(column), y: top + intervalCenter(row) };
  };
  emulator.resetStats();
  return { emulator, board, frameId, frame, left, top, cellCenter };
}

function byId(items: readonly SnapshotItem[], id: string): SnapshotItem {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

describe('MiroBoard.readSnapshot on the emulator', () => {
  it('reads the inserted frame with its rectangle and its empty title (the title item shows it)', async () => {
    const { board, frameId, frame } = await boardWithMap();
    const { snapshot } = await board.readSnapshot();
    expect(byId(snapshot.items, frameId)).toMatchObject({
      kind: 'frame',
      text: '',
      rect: {
        x: frame.boardX - frame.width / 2,
        y: frame.boardY - frame.height / 2,
        width: frame.width,
        height: frame.height,
      },
      frameId: null,
    });
  });

  it('reads the records on the map’s title, cards, headers and labels, keyed by the title', async () => {
    const { board, frameId } = await boardWithMap();
    const { snapshot } = await board.readSnapshot();
    const records = snapshot.items.flatMap((item) => (item.record ? [item.record] : []));
    const title = records.find((record) => record.role === 'title');
    expect(title).toMatchObject({ role: 'title', template: 'sample', version: 1 });
    // title, persona, 5 stage headers, 4 lane labels: one map key, the title item's id
    expect(records).toHaveLength(11);
    expect(new Set(records.map((record) => record.map)).size).toBe(1);
    expect(snapshot.items.find((item) => item.id === title?.map)?.record?.role).toBe('title');
    expect(snapshot.items.find((item) => item.id === frameId)?.record).toBeNull();
    expect(records).toContainEqual({
      v: 2,
      role: 'lane',
      map: title?.map,
      id: 'emotions',
      kind: 'emotions',
      order: 2,
    });
  });

  it('reads each record once: a second read of the board reads no metadata', async () => {
    const now = { time: Date.parse('2030-01-01T00:00:00Z') };
    const emulator = new MiroEmulator({ clock: { now: () => now.time } });
    await new MiroBoard(emulator, { retry: noWait }).apply(plan);
    // another participant's panel, which has not seen the records yet
    const board = new MiroBoard(emulator, { retry: noWait, now: () => now.time });
    emulator.resetStats();
    await board.readSnapshot();
    // title, persona, 5 stage headers, 4 lane labels; the 5 scale marks are never read
    expect(emulator.stats.byMethod['item.getMetadata']).toBe(11);
    emulator.resetStats();
    await board.readSnapshot();
    expect(emulator.stats.byMethod['item.getMetadata']).toBeUndefined();
  });

  it('reads none of the records the same panel wrote when it inserted the map', async () => {
    const emulator = new MiroEmulator();
    const board = new MiroBoard(emulator, { retry: noWait });
    await board.apply(plan);
    emulator.resetStats();
    const { snapshot } = await board.readSnapshot();
    expect(snapshot.items.filter((item) => item.record)).toHaveLength(11);
    expect(emulator.stats.byMethod['item.getMetadata']).toBeUndefined();
  });

  it('reads a label item with no record again until it is a minute old, then no more', async () => {
    const now = { time: Date.parse('2030-01-01T00:00:00Z') };
    const emulator = new MiroEmulator({ clock: { now: () => now.time } });
    const board = new MiroBoard(emulator, { retry: noWait, now: () => now.time });
    const frame = await emulator.board.createFrame({ x: 0, y: 0, width: 2000, height: 2000 });
    const label = await emulator.board.createShape({ x: 0, y: 0, content: '<p>Stages</p>' });
    await frame.add(label);
    const reads = async () => {
      emulator.resetStats();
      await board.readSnapshot();
      return emulator.stats.byMethod['item.getMetadata'] ?? 0;
    };
    expect(await reads()).toBe(1);
    expect(await reads()).toBe(1);
    now.time += 60_001;
    expect(await reads()).toBe(1);
    expect(await reads()).toBe(0);
  });

  it('ignores a record that is not valid, and metadata under other keys', async () => {
    const emulator = new MiroEmulator();
    const frame = await emulator.board.createFrame({ x: 0, y: 0, width: 2000, height: 2000 });
    const bad = await emulator.board.createShape({ x: 0, y: 0, content: '<p>Awareness</p>' });
    const other = await emulator.board.createShape({ x: 300, y: 0, content: '<p>Usage</p>' });
    await frame.add(bad);
    await frame.add(other);
    await bad.setMetadata(METADATA_KEY, { v: 2, role: 'stage', id: 'awareness' });
    await other.setMetadata('someoneElse', { v: 2, role: 'stage', map: 'k', id: 'x', order: 0 });
    const { snapshot, warnings } = await new MiroBoard(emulator).readSnapshot();
    expect(snapshot.items.map((item) => item.record)).toEqual([null, null, null]);
    expect(warnings).toEqual([
      expect.stringMatching(
        new RegExp(`^The app's record on item ${bad.id} is not valid \\(.*\\); it is ignored$`),
      ),
    ]);
  });

  it('leaves out an item it cannot read, with a warning, and reads the rest', async () => {
    const emulator = new MiroEmulator();
    const note = await emulator.board.createStickyNote({ content: '<p>Slow</p>' });
    const get = emulator.board.get.bind(emulator.board);
    const broken = { id: '99', type: 'shape', content: 42 };
    const sdk = {
      ...emulator,
      board: { ...emulator.board, get: async (query?: object) => [...(await get(query)), broken] },
    } as unknown as MiroEmulator;
    const { snapshot, warnings } = await new MiroBoard(sdk).readSnapshot();
    expect(snapshot.items.map((item) => item.id)).toEqual([note.id]);
    expect(warnings).toEqual([
      expect.stringMatching(/^Item 99 \(shape\) cannot be read \(.*\); it is left out$/),
    ]);
  });

  it('places a note added by a person in a cell, with its text, colour and author', async () => {
    const { emulator, board, frameId, cellCenter } = await boardWithMap();
    const { x, y } = cellCenter(2, 3);
    const id = emulator.user.addStickyNote({
      x,
      y,
      content: '<p>Delivery cost &amp; <strong>fees</strong><br>shown late</p>',
      color: 'red',
    });
    const note = byId((await board.readSnapshot()).snapshot.items, id);
    expect(note).toMatchObject({
      kind: 'sticky',
      // centre minus half the default 199 × 228 note
      rect: { x: x - 99.5, y: y - 114, width: 199, height: 228 },
      text: 'Delivery cost & fees\nshown late',
      color: 'red',
      fill: null,
      parentId: frameId,
      frameId,
      author: '3074457350987654321',
      record: null,
      votes: 0,
    });
    expect(note.createdAt).toEqual(expect.any(String));
  });

  it('reads the header shapes as plain text with their fill and font size', async () => {
    const { board, left, top } = await boardWithMap();
    const header = plan.items.find((item) => item.role === 'stageHeader' && item.kind === 'shape');
    if (header?.kind !== 'shape') throw new Error('no stage header in the plan');
    const { snapshot } = await board.readSnapshot();
    const read = snapshot.items.find(
      (item) => item.kind === 'shape' && item.rect.x === left + header.rect.x,
    );
    expect(read).toMatchObject({
      rect: { x: left + header.rect.x, y: top + header.rect.y },
      text: header.lines.map((line) => line.text).join('\n'),
      fill: header.style.fillColor.toLowerCase(),
      fontSize: header.style.fontSize,
    });
  });

  it('reads tag titles and card text', async () => {
    const emulator = new MiroEmulator();
    const tag = await emulator.board.createTag({ title: 'Checkout' });
    const note = await emulator.board.createStickyNote({ x: 0, y: 0, tagIds: [tag.id] });
    const card = await emulator.board.createCard({
      x: 500,
      y: 0,
      title: '<p>Call centre</p>',
      description: '<p>Waits 20 min</p>',
    });
    const { snapshot } = await new MiroBoard(emulator).readSnapshot();
    expect(byId(snapshot.items, note.id).tags).toEqual(['Checkout']);
    expect(byId(snapshot.items, card.id)).toMatchObject({
      kind: 'card',
      text: 'Call centre\nWaits 20 min',
      fill: '#2d9bf0',
    });
  });

  it.each([10, 2000])(
    'makes 4 SDK calls and no metadata read per note on a board with %i sticky notes',
    async (count) => {
      const { emulator, board, cellCenter } = await boardWithMap();
      const notes: NoteSpec[] = Array.from({ length: count }, (_, i) => ({
        ...cellCenter(i % 5, i % 4),
        text: `note ${i}`,
      }));
      await board.readSnapshot(); // the map's records, read once
      emulator.replaceState(withStickyNotes(emulator.exportState(), notes));
      emulator.resetStats();
      const { snapshot } = await board.readSnapshot();
      expect(snapshot.items.filter((item) => item.kind === 'sticky')).toHaveLength(count);
      expect(emulator.stats.byMethod).toEqual({
        'board.get': 1,
        'board.experimental.getVotingResults': 1,
        'board.getUserInfo': 1,
        'board.getOnlineUsers': 1,
      });
    },
  );

  it('names the authors the board knows: the current user and everyone online', async () => {
    const emulator = new MiroEmulator({ userId: '3074457350000000001', userName: ' Ana Costa ' });
    const { board, cellCenter } = await boardWithMap(emulator);
    const id = emulator.user.addStickyNote({ ...cellCenter(0, 0), content: '<p>Fees</p>' });
    const { snapshot, authorNames } = await board.readSnapshot();
    expect(byId(snapshot.items, id).author).toBe('3074457350000000001');
    expect(authorNames).toEqual({ '3074457350000000001': 'Ana Costa' });
  });

  it('reads the board without names when the user calls fail', async () => {
    const emulator = new MiroEmulator({
      faults: ({ method }) =>
        method === 'board.getUserInfo' || method === 'board.getOnlineUsers'
          ? new Error('Injected failure')
          : undefined,
    });
    const { board } = await boardWithMap(emulator);
    const { snapshot, authorNames } = await board.readSnapshot();
    expect(snapshot.items.length).toBeGreaterThan(0);
    expect(authorNames).toEqual({});
  });

  it('counts each item’s votes in the latest voting session', async () => {
    const { emulator, board, cellCenter } = await boardWithMap();
    const liked = emulator.user.addStickyNote({ ...cellCenter(0, 0), content: '<p>Fees</p>' });
    const other = emulator.user.addStickyNote({ ...cellCenter(1, 0), content: '<p>Wait</p>' });
    emulator.setVotingResults([
      { title: 'Old', createdAt: '2026-01-01T10:00:00Z', results: [{ itemId: other, count: 9 }] },
      {
        title: 'Top pains',
        createdAt: '2026-02-01T10:00:00Z',
        results: [
          { itemId: liked, count: 4 },
          { itemId: other, count: 1 },
        ],
      },
    ]);
    const votes = (await board.readSnapshot()).snapshot.items
      .filter((item) => item.kind === 'sticky')
      .map((item) => [item.text, item.votes]);
    expect(votes).toEqual([
      ['Fees', 4],
      ['Wait', 1],
    ]);
  });

  it('reads no votes where the voting results cannot be had', async () => {
    const { emulator, board, cellCenter } = await boardWithMap();
    emulator.user.addStickyNote(cellCenter(0, 0));
    emulator.faults = ({ method }) =>
      method === 'board.experimental.getVotingResults' ? new Error('Not available') : undefined;
    const { snapshot } = await board.readSnapshot();
    expect(snapshot.items.filter((item) => item.kind === 'sticky').map((i) => i.votes)).toEqual([
      0,
    ]);
  });

  it('fails with a BoardError that says the board could not be read', async () => {
    const { emulator, board } = await boardWithMap();
    emulator.faults = failAt(0, new Error('Board is gone'));
    await expect(board.readSnapshot()).rejects.toThrow(
      new BoardError('failed', 'The board could not be read (Board is gone).'),
    );
  });

  it('retries when rate-limited and says so when it stays limited', async () => {
    const { emulator, board } = await boardWithMap();
    emulator.faults = rateLimitAt([0, 2]);
    await expect(board.readSnapshot()).resolves.toMatchObject({
      snapshot: { items: expect.any(Array) },
    });
    emulator.resetStats();
    emulator.faults = rateLimitAt(Array.from({ length: 12 }, (_, i) => i));
    const failure = board.readSnapshot();
    await expect(failure).rejects.toBeInstanceOf(BoardError);
    await expect(failure).rejects.toMatchObject({ reason: 'rateLimited' });
  });
});

describe('MiroBoard.selectedFrameIds', () => {
  it('names the selected frames and the frames of selected items, once each', async () => {
    const { emulator, board, frameId, cellCenter } = await boardWithMap();
    const other = await emulator.board.createFrame({ x: 20000, y: 0, width: 500, height: 500 });
    const inMap = emulator.user.addStickyNote(cellCenter(0, 0));
    const inMapToo = emulator.user.addStickyNote(cellCenter(1, 0));
    const loose = emulator.user.addStickyNote({ x: -20000, y: 0 });
    emulator.user.select([inMap, other.id, inMapToo, loose]);
    expect(await board.selectedFrameIds()).toEqual([frameId, other.id]);
  });

  it('is empty when nothing is selected', async () => {
    const { board } = await boardWithMap();
    expect(await board.selectedFrameIds()).toEqual([]);
  });
});

describe('MiroBoard.selectedNoteIds', () => {
  it('names the selected sticky notes, not frames', async () => {
    const { emulator, board, frameId, cellCenter } = await boardWithMap();
    const note = emulator.user.addStickyNote(cellCenter(0, 0));
    emulator.user.select([frameId, note]);
    expect(await board.selectedNoteIds()).toEqual([note]);
  });
});

describe('MiroBoard.zoomTo', () => {
  it('sets the viewport to the area', async () => {
    const { emulator, board } = await boardWithMap();
    await board.zoomTo(boardRect({ x: 100, y: -50, width: 680, height: 520 }));
    expect(emulator.viewport).toEqual({ x: 100, y: -50, width: 680, height: 520 });
  });
});

describe('MiroBoard.onItemsChange', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('hears items created, changed and deleted until unsubscribed', async () => {
    const { emulator, board } = await boardWithMap();
    let heard = 0;
    const unsubscribe = board.onItemsChange(() => heard++);
    const id = emulator.user.addStickyNote({ x: -20000, y: 0 });
    await settle();
    expect(heard).toBe(1);
    emulator.user.editContent(id, '<p>Changed</p>');
    await settle();
    expect(heard).toBe(2);
    emulator.user.deleteItems([id]);
    await settle();
    expect(heard).toBe(3);
    unsubscribe();
    emulator.user.addStickyNote({ x: -20000, y: 0 });
    await settle();
    expect(heard).toBe(3);
  });
});
