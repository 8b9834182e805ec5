import { describe, expect, it } from 'vitest';
import { MiroEmulator } from './MiroEmulator.ts';

const T0 = Date.UTC(2024, 4, 14, 9, 31, 2);

function setup(options: ConstructorParameters<typeof MiroEmulator>[0] = {}) {
  const clock = { time: T0, now: () => clock.time };
  const miro = new MiroEmulator({ clock, ...options });
  return { miro, board: miro.board, clock };
}

/** A frame whose top-left corner is at (600, 200) on the board. */
async function frameAt600x200(board: MiroEmulator['board']) {
  return board.createFrame({ title: 'Map', x: 1000, y: 500, width: 800, height: 600 });
}

describe('MiroEmulator items', () => {
  it('gives items 19-digit ids in sequence and timestamps from the clock', async () => {
    const { board } = setup();
    const first = await board.createStickyNote({});
    const second = await board.createShape({});
    expect([first.id, second.id]).toEqual(['3458764500000000001', '3458764500000000002']);
    expect(first.createdAt).toBe('2024-05-14T09:31:02.000Z');
    expect(first.createdBy).toBe('3074457350987654321');
  });

  it('creates top-level items centred at board coordinates', async () => {
    const { board } = setup();
    const note = await board.createStickyNote({ x: 10, y: -20 });
    expect(note).toMatchObject({
      type: 'sticky_note',
      x: 10,
      y: -20,
      width: 199,
      height: 228,
      parentId: null,
      origin: 'center',
      relativeTo: 'canvas_center',
      style: { fillColor: 'light_yellow' },
    });
  });

  it('changes nothing on the board until sync', async () => {
    const { miro, board } = setup();
    const note = await board.createStickyNote({ x: 0, y: 0 });
    const before = miro.snapshot();
    note.x = 500;
    note.content = '<p>changed</p>';
    expect(miro.snapshot()).toEqual(before);
    await note.sync();
    expect(miro.items()[0]).toMatchObject({ x: 500, content: '<p>changed</p>' });
  });

  it('stamps modifiedAt on sync', async () => {
    const { board, clock } = setup();
    const note = await board.createStickyNote({});
    clock.time = T0 + 1000;
    note.x = 1;
    await note.sync();
    expect(note.modifiedAt).toBe('2024-05-14T09:31:03.000Z');
  });

  it('validates on sync as on create and keeps the board unchanged', async () => {
    const { miro, board } = setup();
    const note = await board.createStickyNote({});
    const before = miro.snapshot();
    (note.style as { fillColor: string }).fillColor = '#ff0000';
    await expect(note.sync()).rejects.toThrow(/style\.fillColor/);
    expect(miro.snapshot()).toEqual(before);
  });

  it('refuses a changed shape size on sync', async () => {
    const { board } = setup();
    const shape = await board.createShape({ width: 100, height: 50 });
    Object.assign(shape, { width: 200 });
    await expect(shape.sync()).rejects.toThrow(/At width: read-only/);
  });

  it('keeps a sticky note aspect ratio when its width is synced', async () => {
    const { board } = setup();
    const note = await board.createStickyNote({});
    note.width = 398;
    await note.sync();
    expect(note.height).toBe(456); // 398 × 228 / 199
  });

  it('refuses a sticky note whose width and height both changed', async () => {
    const { board } = setup();
    const note = await board.createStickyNote({});
    note.width = 100;
    note.height = 100;
    await expect(note.sync()).rejects.toThrow(/At height: set width or height/);
  });

  it('recomputes the height of a text on sync', async () => {
    const { board } = setup();
    const text = await board.createText({ content: 'Hello', width: 300 });
    text.content = '<p>a</p><p>b</p>';
    await text.sync();
    expect(text.height).toBeCloseTo(39.2); // 2 lines × 14 × 1.4
  });

  it('copies only data when an item is spread', async () => {
    const { board } = setup();
    const note = await board.createStickyNote({});
    expect(Object.keys({ ...note })).not.toContain('sync');
  });

  it('returns copies from get, filtered by type, children included', async () => {
    const { board } = setup();
    const frame = await frameAt600x200(board);
    const note = await board.createStickyNote({ x: 700, y: 300 });
    await frame.add(note);
    await board.createShape({});
    const notes = await board.get({ type: 'sticky_note' });
    expect(notes.map((item) => item.id)).toEqual([note.id]);
    expect((await board.get({ type: ['frame', 'shape'] })).map((item) => item.type)).toEqual([
      'frame',
      'shape',
    ]);
  });

  it('rejects getById of an unknown id', async () => {
    const { board } = setup();
    await expect(board.getById('3458764500000000099')).rejects.toThrow(/3458764500000000099/);
  });
});

describe('MiroEmulator frames', () => {
  it('attaches without moving: child coordinates become frame-relative', async () => {
    const { miro, board } = setup();
    const frame = await frameAt600x200(board);
    const note = await board.createStickyNote({ x: 700, y: 300 });
    const child = (await frame.add(note)) as typeof note;
    // 700 - (1000 - 800/2), 300 - (500 - 600/2)
    expect(child).toMatchObject({ x: 100, y: 100, parentId: frame.id });
    expect(child.relativeTo).toBe('parent_top_left');
    expect(frame.childrenIds).toEqual([note.id]);
    expect(miro.items()[1]).toMatchObject({ boardX: 700, boardY: 300 });
  });

  it('moves children with their frame', async () => {
    const { miro, board } = setup();
    const frame = await frameAt600x200(board);
    await frame.add(await board.createStickyNote({ x: 700, y: 300 }));
    frame.x = 1200;
    await frame.sync();
    // child stays 100 from the frame's left edge: 1200 - 400 + 100
    expect(miro.items()[1]).toMatchObject({ x: 100, boardX: 900, boardY: 300 });
  });

  it('keeps children in place on the board when the frame is resized', async () => {
    const { miro, board } = setup();
    const frame = await frameAt600x200(board);
    await frame.add(await board.createStickyNote({ x: 700, y: 300 }));
    frame.width = 1000;
    await frame.sync();
    // the left edge moves to 1000 - 500 = 500, so the child is 700 - 500 from it
    expect(miro.items()[1]).toMatchObject({ x: 200, boardX: 700 });
  });

  it('throws when shrinking a frame would leave a child outside', async () => {
    const { miro, board } = setup();
    const frame = await frameAt600x200(board);
    await frame.add(await board.createStickyNote({ x: 700, y: 300 }));
    const before = miro.snapshot();
    frame.width = 150; // left edge at 925, right of the child's centre at 700
    await expect(frame.sync()).rejects.toThrow(/width.*outside/);
    expect(miro.snapshot()).toEqual(before);
  });

  it('refuses frames smaller than 100×100', async () => {
    const { board } = setup();
    await expect(board.createFrame({ width: 99, height: 100 })).rejects.toThrow(/At width/);
  });

  it('refuses to attach an item whose centre is outside the frame', async () => {
    const { board } = setup();
    const frame = await frameAt600x200(board);
    const note = await board.createStickyNote({ x: 0, y: 0 });
    await expect(frame.add(note)).rejects.toThrow(/outside/);
  });

  it('detaches back to board coordinates', async () => {
    const { miro, board } = setup();
    const frame = await frameAt600x200(board);
    const note = await board.createStickyNote({ x: 700, y: 300 });
    await frame.add(note);
    await frame.remove(note);
    expect(miro.items()[1]).toMatchObject({ x: 700, y: 300, parentId: null });
    expect(frame.childrenIds).toEqual([]);
  });

  it('rejects sync of an item object made stale by frame.add', async () => {
    const { board } = setup();
    const frame = await frameAt600x200(board);
    const note = await board.createStickyNote({ x: 700, y: 300 });
    await frame.add(note);
    await expect(note.sync()).rejects.toThrow(/out of date/);
  });

  it('syncs a child in frame coordinates', async () => {
    const { miro, board } = setup();
    const frame = await frameAt600x200(board);
    const child = (await frame.add(await board.createStickyNote({ x: 700, y: 300 }))) as Awaited<
      ReturnType<typeof board.createStickyNote>
    >;
    child.x = 400;
    await child.sync();
    expect(miro.items()[1]).toMatchObject({ x: 400, boardX: 1000 }); // 600 + 400
  });

  it('leaves created items unattached by default', async () => {
    const { board } = setup();
    await frameAt600x200(board);
    expect((await board.createStickyNote({ x: 700, y: 300 })).parentId).toBeNull();
  });

  it('attaches items created over a frame when attachOnCreateInsideFrame is on', async () => {
    const { board } = setup({ attachOnCreateInsideFrame: true });
    const frame = await frameAt600x200(board);
    const note = await board.createStickyNote({ x: 700, y: 300 });
    expect(note).toMatchObject({ parentId: frame.id, x: 100, y: 100 }); // 700 - 600, 300 - 200
  });

  it('removes a frame and leaves its children on the board where they were', async () => {
    const { miro, board } = setup();
    const frame = await frameAt600x200(board);
    await frame.add(await board.createStickyNote({ x: 700, y: 300 }));
    await board.remove(frame);
    expect(miro.items()).toMatchObject([
      { type: 'sticky_note', parentId: null, x: 700, y: 300, relativeTo: 'canvas_center' },
    ]);
  });

  it('removes a frame together with its children when removeFrameTakesChildren is on', async () => {
    const { miro, board } = setup({ removeFrameTakesChildren: true });
    const frame = await frameAt600x200(board);
    await frame.add(await board.createStickyNote({ x: 700, y: 300 }));
    await board.createShape({});
    await board.remove(frame);
    expect(miro.items().map((item) => item.type)).toEqual(['shape']);
  });

  it('removing a child takes it out of its frame', async () => {
    const { miro, board } = setup();
    const frame = await frameAt600x200(board);
    const note = await board.createStickyNote({ x: 700, y: 300 });
    await frame.add(note);
    await board.remove(note);
    expect(miro.items()[0]).toMatchObject({ type: 'frame', childrenIds: [] });
  });

  it('rejects removing an unknown item', async () => {
    const { board } = setup();
    await expect(board.remove({ id: '1', type: 'shape' })).rejects.toThrow(/does not exist/);
  });
});

describe('MiroEmulator metadata and app data', () => {
  it('stores JSON metadata per item', async () => {
    const { board } = setup();
    const note = await board.createStickyNote({});
    await note.setMetadata('journey', { mapId: 'm1', cell: [0, 1] });
    expect(await note.getMetadata('journey')).toEqual({ mapId: 'm1', cell: [0, 1] });
    expect(await note.getMetadata('missing')).toBeUndefined();
  });

  it('refuses metadata on frames', async () => {
    const { board } = setup();
    const frame = await frameAt600x200(board);
    await expect(frame.setMetadata('k', 1)).rejects.toThrow(/frames cannot hold metadata/);
    await expect(frame.getMetadata('k')).rejects.toThrow(/frames cannot hold metadata/);
  });

  it('limits the serialized metadata of an item', async () => {
    const { board } = setup({ limits: { metadataBytesPerItem: 20 } });
    const note = await board.createStickyNote({});
    await note.setMetadata('k', 'x'.repeat(10)); // {"k":"xxxxxxxxxx"} is 18 bytes
    await expect(note.setMetadata('k', 'x'.repeat(13))).rejects.toThrow(/21 bytes/);
    expect(await note.getMetadata('k')).toBe('xxxxxxxxxx');
  });

  it('refuses values that are not JSON', async () => {
    const { board } = setup();
    const note = await board.createStickyNote({});
    await expect(note.setMetadata('k', { n: Number.NaN })).rejects.toThrow(/metadata\.k\.n/);
  });

  it('returns undefined for missing app data and deletes a key set to null', async () => {
    const { board } = setup();
    expect(await board.getAppData('maps')).toBeUndefined();
    await board.setAppData('maps', ['m1']);
    expect(await board.getAppData('maps')).toEqual(['m1']);
    expect(await board.setAppData('maps', null)).toEqual({});
    expect(await board.getAppData('maps')).toBeUndefined();
  });

  it('limits the total app data', async () => {
    const { miro, board } = setup({ limits: { appDataBytes: 20 } });
    await board.setAppData('k', 'x'.repeat(10)); // {"k":"xxxxxxxxxx"} is 18 bytes
    await expect(board.setAppData('j', 1)).rejects.toThrow(/24 bytes/); // 18 + ,"j":1
    expect(miro.snapshot().appData).toEqual({ k: 'xxxxxxxxxx' });
  });
});

describe('MiroEmulator clear', () => {
  it('empties the board and its app data, keeping the view and the next id', async () => {
    const { miro, board } = setup();
    await board.createStickyNote({});
    await board.setAppData('theme', 'dark');
    const { viewport } = miro.exportState();
    miro.clear();
    expect(miro.exportState()).toEqual({
      version: 1,
      items: [],
      connectors: [],
      tags: [],
      appData: {},
      nextId: '3458764500000000002',
      viewport,
    });
  });
});

describe('MiroEmulator viewport and UI', () => {
  it('reports the viewport by its top-left corner', async () => {
    const { board } = setup();
    expect(await board.viewport.get()).toEqual({ x: -960, y: -540, width: 1920, height: 1080 });
  });

  it('zooms to fit items with a margin, keeping the aspect ratio', async () => {
    const { board } = setup();
    const note = await board.createStickyNote({ x: 0, y: 0 });
    await board.viewport.zoomTo(note);
    // box 199×228 padded 20% → 238.8×273.6; 16:9 → width 273.6 × 16/9 = 486.4
    const viewport = await board.viewport.get();
    expect(viewport.x).toBeCloseTo(-243.2);
    expect(viewport.y).toBeCloseTo(-136.8);
    expect(viewport.width).toBeCloseTo(486.4);
    expect(viewport.height).toBeCloseTo(273.6);
  });

  it('opens the panel when the icon is clicked', async () => {
    const { miro, board } = setup();
    board.ui.on('icon:click', () => void board.ui.openPanel({ url: 'app.html' }));
    miro.clickIcon();
    await Promise.resolve();
    expect(miro.openedPanel).toEqual({ url: 'app.html' });
  });

  it('records notifications', async () => {
    const { miro, board } = setup();
    await board.notifications.showInfo('Inserted');
    await board.notifications.showError('Failed');
    expect(miro.notifications).toEqual([
      { level: 'info', message: 'Inserted' },
      { level: 'error', message: 'Failed' },
    ]);
  });

  it('finds empty space beside an item', async () => {
    const { board } = setup();
    await board.createShape({ x: 0, y: 0, width: 200, height: 200 });
    // step 50; the first free centre is 150 from the origin, first in ring order upwards
    expect(await board.findEmptySpace({ x: 0, y: 0, width: 100, height: 100 })).toEqual({
      x: 0,
      y: -150,
      width: 100,
      height: 100,
    });
  });
});
