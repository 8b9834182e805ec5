import { describe, expect, it } from 'vitest';
import type { EmulatorState } from './EmulatorState.ts';
import { failMethod, loseResponseAt } from './faults.ts';
import type { MiroEmulatorOptions } from './MiroEmulator.ts';
import { MiroEmulator } from './MiroEmulator.ts';
import { parseEmulatorState } from './parseEmulatorState.ts';

/**
 * One test per limit and unconfirmed behaviour of miroRules/limits.ts, named after it and its source: the
 * largest allowed value passes, one past it throws, and the board is as it was after the throw.
 */

function setup(options: MiroEmulatorOptions = {}) {
  const clock = { time: 0, now: () => clock.time };
  const miro = new MiroEmulator({ clock, ...options });
  return { miro, board: miro.board, clock };
}

describe('storage', () => {
  it('app data: 512 bytes per app per board in total (changelog 2023-02-13)', async () => {
    const { miro, board } = setup();
    await board.setAppData('a', 'x'.repeat(248)); // {"a":"…"}: 8 + 248 = 256
    // {"a":"…","b":"…"}: 2 + (4 + 2 + 248) + 1 + (4 + 2 + 249) = 512
    await board.setAppData('b', 'x'.repeat(249));
    const before = miro.exportState();
    await expect(board.setAppData('b', 'x'.repeat(250))).rejects.toThrow(
      'setAppData: app data would take 513 bytes; the limit is 512',
    );
    expect(miro.exportState()).toEqual(before);
  });

  it('metadata: 256 bytes per item (changelog 2023-02-13)', async () => {
    const { miro, board } = setup();
    const note = await board.createStickyNote({});
    await note.setMetadata('k', 'x'.repeat(248)); // {"k":"…"}: 8 + 248 = 256
    const before = miro.exportState();
    await expect(note.setMetadata('k', 'x'.repeat(249))).rejects.toThrow(
      `setMetadata: metadata of item ${note.id} would take 257 bytes; the limit is 256 bytes per item`,
    );
    expect(miro.exportState()).toEqual(before);
  });

  it('metadata: counted in UTF-8 bytes', async () => {
    const { board } = setup();
    const note = await board.createStickyNote({});
    await note.setMetadata('k', 'é'.repeat(124)); // 8 + 124 × 2 = 256
    await expect(note.setMetadata('k', 'é'.repeat(125))).rejects.toThrow(/258 bytes/);
  });

  it('metadata on frames: refused (unconfirmed; a third-party report says rejected)', async () => {
    const { miro, board } = setup();
    const frame = await board.createFrame({ width: 400, height: 400 });
    const note = await board.createStickyNote({});
    await note.setMetadata('k', 1);
    const before = miro.exportState();
    await expect(frame.setMetadata('k', 1)).rejects.toThrow(
      'setMetadata: frames cannot hold metadata',
    );
    expect(miro.exportState()).toEqual(before);
  });
});

describe('credits', () => {
  it('credits: 50 per call (docs, rate-limiting page)', async () => {
    const { miro, board } = setup();
    await board.createStickyNote({});
    await board.getAppData('k');
    expect(miro.stats.credits).toBe(100); // 2 × 50
  });

  it('credits: 100,000 per minute (docs, rate-limiting page)', async () => {
    const { miro, board, clock } = setup();
    for (let i = 0; i < 1999; i++) await board.getAppData('k'); // 1,999 × 50 = 99,950
    await board.createStickyNote({}); // 100,000: the last call that fits
    const before = miro.exportState();
    await expect(board.createStickyNote({})).rejects.toThrow(
      'API rate limit exceeded. Please retry later.',
    );
    expect(miro.exportState()).toEqual(before);
    expect(miro.stats.credits).toBe(100_000);
    clock.time = 60_000; // the calls made at 0 have left the rolling minute
    await expect(board.createStickyNote({})).resolves.toMatchObject({ type: 'sticky_note' });
  });

  it('credits: 1,000,000 per hour (docs, rate-limiting page)', async () => {
    const { miro, board, clock } = setup();
    // ten minutes of 2,000 calls each: 10 × 2,000 × 50 = 1,000,000, no minute over 100,000
    for (let minute = 0; minute < 10; minute++) {
      clock.time = minute * 60_000;
      for (let i = 0; i < 2000; i++) await board.getAppData('k');
    }
    expect(miro.stats.credits).toBe(1_000_000);
    clock.time = 600_000; // a fresh minute, but the hour is spent
    const before = miro.exportState();
    await expect(board.createStickyNote({})).rejects.toThrow(
      'API rate limit exceeded. Please retry later.',
    );
    expect(miro.exportState()).toEqual(before);
    clock.time = 3_600_000; // the first minute's calls, at 0, have left the rolling hour
    await expect(board.createStickyNote({})).resolves.toMatchObject({ type: 'sticky_note' });
  });
});

describe('shapes', () => {
  it('shape borderWidth: 1 to 24 (REST spec ShapeStyle)', async () => {
    const { miro, board } = setup();
    await board.createShape({ style: { borderWidth: 1 } });
    await board.createShape({ style: { borderWidth: 24 } });
    const before = miro.exportState();
    await expect(board.createShape({ style: { borderWidth: 0 } })).rejects.toThrow(
      'Invalid shape: At style.borderWidth: must be 1 to 24',
    );
    await expect(board.createShape({ style: { borderWidth: 24.5 } })).rejects.toThrow(
      'Invalid shape: At style.borderWidth: must be 1 to 24',
    );
    expect(miro.exportState()).toEqual(before);
  });

  it('shape borderWidth: checked on sync too', async () => {
    const { miro, board } = setup();
    const shape = await board.createShape({ style: { borderWidth: 24 } });
    const before = miro.exportState();
    shape.style.borderWidth = 25;
    await expect(shape.sync()).rejects.toThrow('Invalid shape: At style.borderWidth');
    expect(miro.exportState()).toEqual(before);
  });

  it('shape fontSize: 10 to 288 (REST spec ShapeStyle)', async () => {
    const { miro, board } = setup();
    await board.createShape({ style: { fontSize: 10 } });
    await board.createShape({ style: { fontSize: 288 } });
    const before = miro.exportState();
    await expect(board.createShape({ style: { fontSize: 9 } })).rejects.toThrow(
      'Invalid shape: At style.fontSize: must be 10 to 288',
    );
    await expect(board.createShape({ style: { fontSize: 289 } })).rejects.toThrow(
      'Invalid shape: At style.fontSize: must be 10 to 288',
    );
    expect(miro.exportState()).toEqual(before);
  });

  it('shape fillOpacity and borderOpacity: 0 to 1 (REST spec ShapeStyle)', async () => {
    const { miro, board } = setup();
    // MiroSdk's shape props leave borderOpacity out; the emulator accepts it as Miro does.
    const withBorderOpacity = (borderOpacity: number) =>
      ({ style: { borderOpacity } }) as unknown as Parameters<typeof board.createShape>[0];
    await board.createShape({ style: { fillOpacity: 0 } });
    await board.createShape({ style: { fillOpacity: 1 } });
    await board.createShape(withBorderOpacity(0));
    await board.createShape(withBorderOpacity(1));
    const before = miro.exportState();
    await expect(board.createShape({ style: { fillOpacity: -0.1 } })).rejects.toThrow(
      'Invalid shape: At style.fillOpacity',
    );
    await expect(board.createShape(withBorderOpacity(1.1))).rejects.toThrow(
      'Invalid shape: At style.borderOpacity',
    );
    expect(miro.exportState()).toEqual(before);
  });

  it('shape borderStyle: normal, dotted or dashed (REST spec ShapeStyle)', async () => {
    const { miro, board } = setup();
    for (const borderStyle of ['normal', 'dotted', 'dashed'] as const)
      await board.createShape({ style: { borderStyle } });
    const before = miro.exportState();
    await expect(
      board.createShape({ style: { borderStyle: 'double' as 'normal' } }),
    ).rejects.toThrow('Invalid shape: At style.borderStyle');
    expect(miro.exportState()).toEqual(before);
  });

  it('shape size: at least 10 wide and high (unconfirmed; Miro documents no minimum)', async () => {
    const { miro, board } = setup();
    await board.createShape({ width: 10, height: 10 });
    const before = miro.exportState();
    await expect(board.createShape({ width: 9.9, height: 100 })).rejects.toThrow(
      'Invalid shape: At width: must be at least 10',
    );
    await expect(board.createShape({ width: 100, height: 2 })).rejects.toThrow(
      'Invalid shape: At height: must be at least 10',
    );
    expect(miro.exportState()).toEqual(before);
  });
});

describe('texts', () => {
  it('text fontSize: at least 1 (REST spec TextStyle)', async () => {
    const { miro, board } = setup();
    await board.createText({ width: 10, style: { fontSize: 1 } });
    const before = miro.exportState();
    await expect(board.createText({ style: { fontSize: 0.5 } })).rejects.toThrow(
      'Invalid text: At style.fontSize: must be at least 1',
    );
    expect(miro.exportState()).toEqual(before);
  });

  it('text width: at least 1.7 × fontSize (REST spec WidthOnlyAdjustableGeometry)', async () => {
    const { miro, board } = setup();
    await board.createText({ width: 17, style: { fontSize: 10 } }); // 1.7 × 10
    const before = miro.exportState();
    await expect(board.createText({ width: 16.9, style: { fontSize: 10 } })).rejects.toThrow(
      'Invalid text: At width: must be at least 1.7 × style.fontSize (17)',
    );
    expect(miro.exportState()).toEqual(before);
  });

  it('text width: checked on sync, also when only the font grows', async () => {
    const { miro, board } = setup();
    const text = await board.createText({ width: 24, style: { fontSize: 14 } }); // ≥ 23.8
    const before = miro.exportState();
    text.style.fontSize = 15; // needs 25.5
    await expect(text.sync()).rejects.toThrow(
      'Invalid text: At width: must be at least 1.7 × style.fontSize (25.5)',
    );
    expect(miro.exportState()).toEqual(before);
  });
});

/** A restored board: a 1000×1000 frame at the origin holding `children` notes, and `loose` notes. */
async function boardWithFrameOf(children: number, loose: number): Promise<EmulatorState> {
  const miro = new MiroEmulator({ clock: { now: () => 0 } });
  await miro.board.createFrame({ x: 0, y: 0, width: 1000, height: 1000 });
  await miro.board.createStickyNote({ x: 0, y: 0 });
  const state = miro.exportState();
  const [frame, note] = state.items;
  if (frame?.type !== 'frame' || !note) throw new Error('the board was not built');
  const id = (index: number) => String(4_000_000_000_000_000_000n + BigInt(index));
  const childNotes = Array.from({ length: children }, (_, index) => ({
    ...note,
    id: id(index),
    parentId: frame.id,
    x: 500,
    y: 500,
  }));
  const looseNotes = Array.from({ length: loose }, (_, index) => ({
    ...note,
    id: id(children + index),
  }));
  return {
    ...state,
    items: [
      { ...frame, childrenIds: childNotes.map((child) => child.id) },
      ...childNotes,
      ...looseNotes,
    ],
    nextId: id(children + loose),
  };
}

/** The frame of `boardWithFrameOf` and its last two loose notes. */
async function frameAndLooseNotes(miro: MiroEmulator) {
  const items = miro.items();
  const [frame, last, extra] = await Promise.all(
    [items[0], ...items.slice(-2)].map((item) => miro.board.getById(item?.id ?? '')),
  );
  if (frame?.type !== 'frame' || !last || !extra) throw new Error('the board was not built');
  return { frame, last, extra };
}

describe('frames', () => {
  it('frames: at least 100×100 (Web SDK frame reference)', async () => {
    const { miro, board } = setup();
    await board.createFrame({ width: 100, height: 100 });
    const before = miro.exportState();
    await expect(board.createFrame({ width: 99.9, height: 100 })).rejects.toThrow(
      'Invalid frame: At width: Too small: expected number to be >=100',
    );
    await expect(board.createFrame({ width: 100, height: 99 })).rejects.toThrow(
      'Invalid frame: At height',
    );
    expect(miro.exportState()).toEqual(before);
  });

  it('frames: at most 5,000 children (REST spec parent)', async () => {
    const miro = new MiroEmulator({ state: await boardWithFrameOf(4999, 2) });
    const { frame, last, extra } = await frameAndLooseNotes(miro);
    await frame.add(last); // the 5,000th
    const before = miro.exportState();
    await expect(frame.add(extra)).rejects.toThrow(
      `frame.add: frame ${frame.id} already holds 5000 items, the most a frame can hold`,
    );
    expect(miro.exportState()).toEqual(before);
  });
});

describe('frame children', () => {
  /** A 400×400 frame about the origin: its top-left is (-200, -200). */
  const FRAME = { x: 0, y: 0, width: 400, height: 400 };

  it('children lie inside their frame, edges included (frame reference)', async () => {
    const { miro, board } = setup();
    const frame = await board.createFrame(FRAME);
    await frame.add(await board.createStickyNote({ x: 200, y: 200 })); // the bottom-right corner
    const outside = await board.createStickyNote({ x: 200.5, y: 0 });
    const before = miro.exportState();
    await expect(frame.add(outside)).rejects.toThrow(
      `frame.add: item ${outside.id} would lie outside frame ${frame.id}`,
    );
    frame.width = 399; // the corner child would fall outside
    await expect(frame.sync()).rejects.toThrow('Invalid frame: At width/height');
    expect(miro.exportState()).toEqual(before);
  });

  it('frames do not nest (unconfirmed)', async () => {
    const { miro, board } = setup();
    const outer = await board.createFrame({ ...FRAME, width: 1000, height: 1000 });
    const inner = await board.createFrame(FRAME);
    const before = miro.exportState();
    await expect(outer.add(inner)).rejects.toThrow('frame.add: a frame cannot be added to a frame');
    expect(miro.exportState()).toEqual(before);
  });

  it('items created over a frame stay top-level by default (unconfirmed)', async () => {
    const { board } = setup();
    await board.createFrame(FRAME);
    expect(await board.createStickyNote({ x: 0, y: 0 })).toMatchObject({ parentId: null });
  });

  it('items created over a frame join it with attachOnCreateInsideFrame (unconfirmed)', async () => {
    const { board } = setup({ attachOnCreateInsideFrame: true });
    const frame = await board.createFrame(FRAME);
    expect(await board.createStickyNote({ x: 0, y: 0 })).toMatchObject({
      parentId: frame.id,
      x: 200, // 0 - (-200)
      y: 200,
    });
  });
});

describe('createFrame({ childrenIds }) (unconfirmed: createFrameChildren)', () => {
  /** A frame 400×400 about the origin, so its top-left is (-200, -200). */
  const FRAME = { x: 0, y: 0, width: 400, height: 400 };

  it("'attach' (default): attaches the listed items without moving them", async () => {
    const { miro, board } = setup();
    const edge = await board.createStickyNote({ x: 200, y: -200 }); // on the corner: inside
    const inside = await board.createStickyNote({ x: 50, y: 50 });
    const frame = await board.createFrame({ ...FRAME, childrenIds: [edge.id, inside.id] });
    expect(frame.childrenIds).toEqual([edge.id, inside.id]);
    expect(miro.items().slice(0, 2)).toMatchObject([
      { id: edge.id, parentId: frame.id, x: 400, y: 0, boardX: 200, boardY: -200 }, // 200 + 200
      { id: inside.id, parentId: frame.id, x: 250, y: 250, boardX: 50, boardY: 50 },
    ]);
  });

  it("'attach': an item outside the frame fails the call before anything changes", async () => {
    const { miro, board } = setup();
    const inside = await board.createStickyNote({ x: 50, y: 50 });
    const outside = await board.createStickyNote({ x: 201, y: 0 }); // 1 past the right edge
    const before = miro.exportState();
    await expect(
      board.createFrame({ ...FRAME, childrenIds: [inside.id, outside.id] }),
    ).rejects.toThrow(
      `Invalid frame: At childrenIds.1: item ${outside.id} would lie outside the frame`,
    );
    expect(miro.exportState()).toEqual(before);
  });

  it("'attach': a child of another frame is re-parented, as frame.add does", async () => {
    const { miro, board } = setup();
    const old = await board.createFrame({ x: 0, y: 0, width: 1000, height: 1000 });
    const note = await board.createStickyNote({ x: 50, y: 50 });
    await old.add(note);
    const frame = await board.createFrame({ ...FRAME, childrenIds: [note.id] });
    expect(miro.items()).toMatchObject([
      { id: old.id, childrenIds: [] },
      { id: note.id, parentId: frame.id, boardX: 50, boardY: 50 },
      { id: frame.id, childrenIds: [note.id] },
    ]);
  });

  it("'attach': at most 5,000 children (REST spec parent)", async () => {
    const miro = new MiroEmulator({ state: await boardWithFrameOf(0, 5001) });
    const ids = miro
      .items()
      .slice(1)
      .map((item) => item.id); // the loose notes, at (0, 0)
    const frame = await miro.board.createFrame({ ...FRAME, childrenIds: ids.slice(0, 5000) });
    expect(frame.childrenIds).toHaveLength(5000);
    const before = miro.exportState();
    await expect(miro.board.createFrame({ ...FRAME, childrenIds: ids })).rejects.toThrow(
      'Invalid frame: At childrenIds: at most 5000 items can be attached to a frame',
    );
    expect(miro.exportState()).toEqual(before);
  });

  it("'ignore': creates the frame with no children", async () => {
    const { miro, board } = setup({ createFrameChildren: 'ignore' });
    const note = await board.createStickyNote({ x: 50, y: 50 });
    const frame = await board.createFrame({ ...FRAME, childrenIds: [note.id] });
    expect(frame.childrenIds).toEqual([]);
    expect(miro.items()[0]).toMatchObject({ id: note.id, parentId: null, x: 50, y: 50 });
  });

  it("'reject': refuses childrenIds on create", async () => {
    const { miro, board } = setup({ createFrameChildren: 'reject' });
    const note = await board.createStickyNote({ x: 50, y: 50 });
    await board.createFrame(FRAME);
    const before = miro.exportState();
    await expect(board.createFrame({ ...FRAME, childrenIds: [note.id] })).rejects.toThrow(
      'Invalid frame: At childrenIds: not accepted on create; use frame.add',
    );
    expect(miro.exportState()).toEqual(before);
  });
});

describe('board.remove(frame) (unconfirmed: removeFrameTakesChildren)', () => {
  /** A 400×400 frame with its top-left at (1000, 0), a child note at (1100, 100), a loose note. */
  async function frameWithChild(miro: MiroEmulator) {
    const { board } = miro;
    const frame = await board.createFrame({ x: 1200, y: 200, width: 400, height: 400 });
    const child = await board.createStickyNote({ x: 1100, y: 100 });
    await frame.add(child);
    const loose = await board.createStickyNote({ x: 0, y: 0 });
    await board.createConnector({ start: { item: loose.id }, end: { item: child.id } });
    return { frame, child, loose };
  }

  it('false (default): the children stay on the board, detached, where they were', async () => {
    const { miro, board } = setup();
    const { frame, child, loose } = await frameWithChild(miro);
    await board.remove(frame);
    expect(miro.items()).toMatchObject([
      { id: child.id, parentId: null, x: 1100, y: 100, relativeTo: 'canvas_center' },
      { id: loose.id },
    ]);
    expect(miro.connectors()).toHaveLength(1); // both its ends are still on the board
  });

  it('false: the connectors of the frame itself go with it (docs)', async () => {
    const { miro } = setup();
    const { frame, loose } = await frameWithChild(miro);
    const state = miro.exportState();
    const [connector] = state.connectors;
    if (!connector) throw new Error('not built');
    const toFrame = { ...connector, id: '3458764500000000099', end: { item: frame.id } };
    const restored = new MiroEmulator({
      state: { ...state, connectors: [connector, toFrame], nextId: '3458764500000000100' },
    });
    await restored.board.remove(frame);
    expect(restored.connectors().map((c) => c.id)).toEqual([connector.id]);
    expect(restored.items().map((item) => item.id)).toContain(loose.id);
  });

  it('true: the children and their connectors go with the frame', async () => {
    const { miro, board } = setup({ removeFrameTakesChildren: true });
    const { frame, loose } = await frameWithChild(miro);
    await board.remove(frame);
    expect(miro.items().map((item) => item.id)).toEqual([loose.id]);
    expect(miro.connectors()).toEqual([]);
  });

  it('a person deleting a frame in Miro deletes its content, whatever the option', async () => {
    const { miro } = setup();
    const { frame, loose } = await frameWithChild(miro);
    miro.user.deleteItems([frame.id]);
    expect(miro.items().map((item) => item.id)).toEqual([loose.id]);
    expect(miro.connectors()).toEqual([]);
  });
});

describe('connectors', () => {
  async function twoNotes(board: MiroEmulator['board']) {
    const a = await board.createStickyNote({});
    const b = await board.createStickyNote({ x: 500 });
    return { start: { item: a.id }, end: { item: b.id } };
  }

  it('connector strokeWidth: 1 to 24 (REST spec ConnectorStyle)', async () => {
    const { miro, board } = setup();
    const ends = await twoNotes(board);
    await board.createConnector({ ...ends, style: { strokeWidth: 1 } });
    await board.createConnector({ ...ends, style: { strokeWidth: 24 } });
    const before = miro.exportState();
    await expect(board.createConnector({ ...ends, style: { strokeWidth: 0.5 } })).rejects.toThrow(
      'Invalid connector: At style.strokeWidth: must be 1 to 24',
    );
    await expect(board.createConnector({ ...ends, style: { strokeWidth: 25 } })).rejects.toThrow(
      'Invalid connector: At style.strokeWidth: must be 1 to 24',
    );
    expect(miro.exportState()).toEqual(before);
  });

  it('connector captions: at most 20 (REST spec captions)', async () => {
    const { miro, board } = setup();
    const ends = await twoNotes(board);
    const captions = (count: number) => Array.from({ length: count }, () => ({ content: 'x' }));
    await board.createConnector({ ...ends, captions: captions(20) });
    const before = miro.exportState();
    await expect(board.createConnector({ ...ends, captions: captions(21) })).rejects.toThrow(
      'Invalid connector: At captions: at most 20 captions',
    );
    expect(miro.exportState()).toEqual(before);
  });

  it('connector caption content: at most 200 characters (REST spec Caption)', async () => {
    const { miro, board } = setup();
    const ends = await twoNotes(board);
    await board.createConnector({ ...ends, captions: [{ content: 'x'.repeat(200) }] });
    const before = miro.exportState();
    await expect(
      board.createConnector({ ...ends, captions: [{ content: 'x'.repeat(201) }] }),
    ).rejects.toThrow('Invalid connector: At captions.0.content: must be at most 200 characters');
    expect(miro.exportState()).toEqual(before);
  });

  it('connector ends: both existing items, no loose or dangling connector (docs)', async () => {
    const { miro, board } = setup();
    const ends = await twoNotes(board);
    const connector = await board.createConnector(ends);
    const before = miro.exportState();
    await expect(board.createConnector({ ...ends, end: { item: '42' } })).rejects.toThrow(
      'Invalid connector: At end.item: item 42 does not exist',
    );
    await expect(
      board.createConnector({ start: ends.start } as Parameters<typeof board.createConnector>[0]),
    ).rejects.toThrow('Invalid connector: At end');
    Object.assign(connector, { end: null });
    await expect(connector.sync()).rejects.toThrow(
      'Invalid connector: At end: a connector cannot have a loose end',
    );
    expect(miro.exportState()).toEqual(before);
  });

  it('connector ends: removing either end removes the connector (docs)', async () => {
    const { miro, board } = setup();
    const ends = await twoNotes(board);
    await board.createConnector(ends);
    await board.remove({ id: ends.end.item, type: 'sticky_note' });
    expect(miro.connectors()).toEqual([]);
  });

  it('connector ends: start and end are different items (REST spec)', async () => {
    const { miro, board } = setup();
    const ends = await twoNotes(board);
    await board.createConnector(ends);
    const before = miro.exportState();
    await expect(board.createConnector({ ...ends, end: ends.start })).rejects.toThrow(
      'Invalid connector: At end.item: must be another item than start.item',
    );
    expect(miro.exportState()).toEqual(before);
  });

  it('connector ends: not a frame (REST spec; unconfirmed for the Web SDK)', async () => {
    const { miro, board } = setup();
    const ends = await twoNotes(board);
    const frame = await board.createFrame({ x: 2000, width: 400, height: 400 });
    const before = miro.exportState();
    await expect(board.createConnector({ ...ends, end: { item: frame.id } })).rejects.toThrow(
      "Invalid connector: At end.item: a frame cannot be a connector's end",
    );
    expect(miro.exportState()).toEqual(before);
  });
});

describe('content', () => {
  it('content: shorter than 6,000 characters on sticky notes (docs)', async () => {
    const { miro, board } = setup();
    await board.createStickyNote({ content: 'x'.repeat(5999) });
    const before = miro.exportState();
    await expect(board.createStickyNote({ content: 'x'.repeat(6000) })).rejects.toThrow(
      'Invalid sticky_note: At content: must be shorter than 6000 characters (got 6000)',
    );
    expect(miro.exportState()).toEqual(before);
  });

  it('content: shorter than 6,000 characters on shapes and texts (unconfirmed; same limit)', async () => {
    const { miro, board } = setup();
    await board.createShape({ content: 'x'.repeat(5999) });
    await board.createText({ content: 'x'.repeat(5999) });
    const before = miro.exportState();
    await expect(board.createShape({ content: 'x'.repeat(6000) })).rejects.toThrow(
      'Invalid shape: At content: must be shorter than 6000 characters',
    );
    await expect(board.createText({ content: 'x'.repeat(6000) })).rejects.toThrow(
      'Invalid text: At content: must be shorter than 6000 characters',
    );
    expect(miro.exportState()).toEqual(before);
  });
});

describe('html', () => {
  it('content: only <p> <a> <strong> <b> <em> <i> <u> <s> <br> (sticky-note reference)', async () => {
    const { miro, board } = setup();
    const allowed = '<p><a href="x">a</a><strong>b</strong><b>c</b><em>d</em><i>e</i></p>';
    await board.createStickyNote({ content: `${allowed}<p><u>f</u><s>g</s><br></p>` });
    const before = miro.exportState();
    await expect(board.createStickyNote({ content: '<p><span>x</span></p>' })).rejects.toThrow(
      'Invalid sticky_note: At content: tag <span> is not allowed',
    );
    expect(miro.exportState()).toEqual(before);
  });
});

describe('tags', () => {
  it('tags: at most 8 per card or sticky note (REST spec)', async () => {
    const { miro, board } = setup();
    const tags = [];
    for (let i = 0; i < 9; i++) tags.push((await board.createTag({ title: `t${i}` })).id);
    await board.createStickyNote({ tagIds: tags.slice(0, 8) });
    await board.createCard({ tagIds: tags.slice(0, 8) });
    const before = miro.exportState();
    await expect(board.createStickyNote({ tagIds: tags })).rejects.toThrow(
      'Invalid sticky_note: At tagIds: at most 8 tags per item',
    );
    await expect(board.createCard({ tagIds: tags })).rejects.toThrow(
      'Invalid card: At tagIds: at most 8 tags per item',
    );
    expect(miro.exportState()).toEqual(before);
  });

  it('tags: title at most 120 characters (REST spec)', async () => {
    const { miro, board } = setup();
    await board.createTag({ title: 'x'.repeat(120) });
    const before = miro.exportState();
    await expect(board.createTag({ title: 'y'.repeat(121) })).rejects.toThrow(
      'Invalid tag: At title',
    );
    expect(miro.exportState()).toEqual(before);
  });

  it('tags: title unique, compared case-sensitively (REST spec)', async () => {
    const { miro, board } = setup();
    await board.createTag({ title: 'Idea' });
    await board.createTag({ title: 'idea' });
    const before = miro.exportState();
    await expect(board.createTag({ title: 'Idea' })).rejects.toThrow(
      'Invalid tag: At title: the board already has a tag "Idea"',
    );
    expect(miro.exportState()).toEqual(before);
  });

  it('tags: title not empty (unconfirmed; the REST spec allows it)', async () => {
    const { miro, board } = setup();
    await board.createTag({ title: 'x' });
    const before = miro.exportState();
    await expect(board.createTag({ title: '' })).rejects.toThrow('Invalid tag: At title');
    expect(miro.exportState()).toEqual(before);
  });

  it('tags: at most 100 per board (unconfirmed; kept)', async () => {
    const { miro, board } = setup();
    for (let i = 0; i < 100; i++) await board.createTag({ title: `t${i}` });
    const before = miro.exportState();
    await expect(board.createTag({ title: 't100' })).rejects.toThrow(
      'createTag: a board holds at most 100 tags',
    );
    expect(miro.exportState()).toEqual(before);
  });
});

describe('sticky notes', () => {
  it('sticky notes: one of sixteen named colours (REST spec enum)', async () => {
    const { miro, board } = setup();
    await board.createStickyNote({ style: { fillColor: 'dark_blue' } });
    const before = miro.exportState();
    await expect(
      board.createStickyNote({ style: { fillColor: '#ffff00' as 'yellow' } }),
    ).rejects.toThrow('Invalid sticky_note: At style.fillColor');
    expect(miro.exportState()).toEqual(before);
  });

  it('sticky notes: 199×228 as squares, 350×228 as rectangles by default (docs)', async () => {
    const { board } = setup();
    expect(await board.createStickyNote({})).toMatchObject({ width: 199, height: 228 });
    expect(await board.createStickyNote({ shape: 'rectangle' })).toMatchObject({
      width: 350,
      height: 228,
    });
  });

  it('sticky notes: width or height, not both (docs)', async () => {
    const { miro, board } = setup();
    await board.createStickyNote({ width: 398 });
    const before = miro.exportState();
    await expect(
      board.createStickyNote({ width: 398, height: 456 } as { width: number }),
    ).rejects.toThrow(
      'Invalid sticky_note: At height: set width or height, not both: the aspect ratio is fixed',
    );
    expect(miro.exportState()).toEqual(before);
  });
});

describe('faults', () => {
  it('faults: a lost response changes the board, is charged and rejects', async () => {
    const { miro, board } = setup();
    const note = await board.createStickyNote({});
    miro.faults = loseResponseAt(1, new Error('Network connection lost'));
    note.content = 'after';
    await expect(note.sync()).rejects.toThrow('Network connection lost');
    expect(miro.items()[0]).toMatchObject({ content: 'after' });
    expect(miro.stats.credits).toBe(100); // 2 × 50
  });

  it('faults: a failing board.remove leaves the item', async () => {
    const { miro, board } = setup({ faults: failMethod('board.remove', { times: 1 }) });
    const note = await board.createStickyNote({});
    const before = miro.exportState();
    await expect(board.remove(note)).rejects.toThrow('Injected failure of board.remove');
    expect(miro.exportState()).toEqual(before);
    await board.remove(note);
    expect(miro.items()).toEqual([]);
  });

  it('faults: the rate-limit text is an option (Miro documents none)', async () => {
    const { board } = setup({ limits: { creditsPerMinute: 50 }, rateLimitMessage: 'Slow down' });
    await board.getAppData('k');
    await expect(board.getAppData('k')).rejects.toThrow('Slow down');
  });
});

describe('panels', () => {
  it('canOpenPanel: false while a panel is open (unconfirmed; the stricter reading)', async () => {
    const { board } = setup();
    expect(await board.ui.canOpenPanel()).toBe(true);
    await board.ui.openPanel({ url: 'app.html' });
    expect(await board.ui.canOpenPanel()).toBe(false);
    await board.ui.closePanel();
    expect(await board.ui.canOpenPanel()).toBe(true);
  });
});

describe('defaults', () => {
  it('cards: theme #2d9bf0 (docs), 320×94 (unconfirmed)', async () => {
    const { board } = setup();
    expect(await board.createCard({})).toMatchObject({
      width: 320,
      height: 94,
      style: { cardTheme: '#2d9bf0' },
    });
  });

  it('connectors: curved, black, 1 wide, no start cap, a stealth end cap (REST spec)', async () => {
    const { board } = setup();
    const a = await board.createStickyNote({});
    const b = await board.createStickyNote({ x: 500 });
    const connector = await board.createConnector({ start: { item: a.id }, end: { item: b.id } });
    expect(connector).toMatchObject({
      shape: 'curved',
      style: {
        strokeColor: '#000000',
        strokeWidth: 1,
        strokeStyle: 'normal',
        startStrokeCap: 'none',
        endStrokeCap: 'stealth',
      },
    });
  });

  it('tags: red (REST spec)', async () => {
    const { board } = setup();
    expect(await board.createTag({ title: 'Idea' })).toMatchObject({ color: 'red' });
  });
});

describe('restored boards', () => {
  it('hold what Miro or a REST dump produced, past the limits of SDK calls', async () => {
    const miro = new MiroEmulator({ clock: { now: () => 0 } });
    await miro.board.createShape({});
    await miro.board.createText({});
    const state = miro.exportState();
    const [shape, text] = state.items;
    if (shape?.type !== 'shape' || text?.type !== 'text') throw new Error('not built');
    const lenient: EmulatorState = {
      ...state,
      items: [
        {
          ...shape,
          width: 2,
          height: 2,
          style: { ...shape.style, borderWidth: 0, fontSize: 400 },
          metadata: { k: 'x'.repeat(6000) },
        },
        { ...text, width: 5, style: { ...text.style, fontSize: 0.5 } },
      ],
      connectors: [
        {
          id: '3458764500000000099',
          type: 'connector',
          start: { item: shape.id },
          end: { item: shape.id },
          shape: 'straight',
          style: {
            strokeColor: '#000000',
            strokeWidth: 30,
            strokeStyle: 'normal',
            startStrokeCap: 'none',
            endStrokeCap: 'none',
          },
          captions: [{ content: 'x'.repeat(300) }],
          createdAt: shape.createdAt,
          createdBy: shape.createdBy,
          modifiedAt: shape.modifiedAt,
          modifiedBy: shape.modifiedBy,
          metadata: {},
        },
      ],
      appData: { maps: 'x'.repeat(900) },
      nextId: '3458764500000000100',
    };
    const parsed = parseEmulatorState(JSON.parse(JSON.stringify(lenient)));
    expect(parsed).toEqual({ ok: true, value: lenient, warnings: [] });
    expect(new MiroEmulator({ state: lenient }).exportState()).toEqual(lenient);
  });
});
