import { describe, expect, it } from 'vitest';
import { MiroEmulator } from './MiroEmulator.ts';

const T0 = Date.UTC(2024, 4, 14, 9, 31, 2);

function setup() {
  const miro = new MiroEmulator({ clock: { now: () => T0 } });
  return { miro, board: miro.board };
}

describe('cards', () => {
  it('default to 320×94 with a blue theme, no tags', async () => {
    const { board } = setup();
    const card = await board.createCard({ title: '<p>Pay</p>', x: 10, y: 20 });
    expect(card).toMatchObject({
      type: 'card',
      title: '<p>Pay</p>',
      description: '',
      x: 10,
      y: 20,
      width: 320,
      height: 94,
      style: { cardTheme: '#2d9bf0' },
      tagIds: [],
      relativeTo: 'canvas_center',
    });
  });

  it('validate title and description as HTML content', async () => {
    const { board } = setup();
    await expect(board.createCard({ description: '<div>x</div>' })).rejects.toThrow(
      /Invalid card: At description: tag <div> is not allowed/,
    );
  });

  it('refuse a theme that is not a hex colour', async () => {
    const { board } = setup();
    await expect(board.createCard({ style: { cardTheme: 'blue' } })).rejects.toThrow(
      /At style\.cardTheme/,
    );
  });

  it('sync a new title, and refuse a new height', async () => {
    const { miro, board } = setup();
    const card = await board.createCard({});
    card.title = 'Renamed';
    await card.sync();
    expect(miro.items()[0]).toMatchObject({ title: 'Renamed' });
    Object.assign(card, { height: 200 });
    await expect(card.sync()).rejects.toThrow(/At height: read-only/);
  });

  it('are listed by get and found by getById', async () => {
    const { board } = setup();
    const card = await board.createCard({});
    await board.createStickyNote({});
    expect((await board.get({ type: 'card' })).map((item) => item.id)).toEqual([card.id]);
    expect(await board.getById(card.id)).toMatchObject({ type: 'card', id: card.id });
  });
});

describe('tags', () => {
  it('are created with a title and a palette colour, red by default', async () => {
    const { miro, board } = setup();
    const tag = await board.createTag({ title: 'Pain point', color: 'magenta' });
    await board.createTag({ title: 'Idea' });
    expect(tag).toMatchObject({ type: 'tag', title: 'Pain point', color: 'magenta' });
    expect(miro.tags().map((t) => t.color)).toEqual(['magenta', 'red']);
  });

  it('refuse a colour outside the tag palette', async () => {
    const { board } = setup();
    await expect(board.createTag({ title: 'x', color: 'light_yellow' as 'red' })).rejects.toThrow(
      /Invalid tag: At color/,
    );
  });

  it('refuse a title already taken', async () => {
    const { board } = setup();
    await board.createTag({ title: 'Idea' });
    await expect(board.createTag({ title: 'Idea' })).rejects.toThrow(/already has a tag "Idea"/);
  });

  it('refuse a title over 120 characters', async () => {
    const { board } = setup();
    await board.createTag({ title: 'x'.repeat(120) });
    await expect(board.createTag({ title: 'y'.repeat(121) })).rejects.toThrow(/At title/);
  });

  it('number at most 100 on a board', async () => {
    const { board } = setup();
    for (let i = 0; i < 100; i++) await board.createTag({ title: `t${i}` });
    await expect(board.createTag({ title: 't100' })).rejects.toThrow(/at most 100 tags/);
  });

  it('must exist to be put on a sticky note or card', async () => {
    const { board } = setup();
    const tag = await board.createTag({ title: 'Idea' });
    expect((await board.createStickyNote({ tagIds: [tag.id] })).tagIds).toEqual([tag.id]);
    await expect(board.createCard({ tagIds: [tag.id, '42'] })).rejects.toThrow(
      /Invalid card: At tagIds\.1: tag 42 does not exist/,
    );
  });

  it('are checked on sync too', async () => {
    const { board } = setup();
    const note = await board.createStickyNote({});
    note.tagIds = ['42'];
    await expect(note.sync()).rejects.toThrow(/At tagIds\.0: tag 42 does not exist/);
  });

  it('come off every item when removed', async () => {
    const { miro, board } = setup();
    const tag = await board.createTag({ title: 'Idea' });
    await board.createStickyNote({ tagIds: [tag.id] });
    await board.remove(tag);
    expect(miro.tags()).toEqual([]);
    expect(miro.items()[0]).toMatchObject({ tagIds: [] });
  });

  it('are listed by get({ type: "tag" })', async () => {
    const { board } = setup();
    const tag = await board.createTag({ title: 'Idea' });
    expect(await board.get({ type: 'tag' })).toEqual([
      { id: tag.id, type: 'tag', title: 'Idea', color: 'red' },
    ]);
  });
});

describe('connectors', () => {
  it('join two items, curved and black with an arrow at the end by default', async () => {
    const { miro, board } = setup();
    const a = await board.createStickyNote({});
    const b = await board.createCard({ x: 500 });
    const connector = await board.createConnector({ start: { item: a.id }, end: { item: b.id } });
    expect(connector).toMatchObject({
      type: 'connector',
      start: { item: a.id },
      end: { item: b.id },
      shape: 'curved',
      style: {
        strokeColor: '#000000',
        strokeWidth: 1,
        strokeStyle: 'normal',
        startStrokeCap: 'none',
        endStrokeCap: 'stealth',
      },
      captions: [],
    });
    expect(miro.connectors().map((c) => c.id)).toEqual([connector.id]);
    expect(miro.items()).toHaveLength(2);
  });

  it('refuse an end that is not on the board', async () => {
    const { board } = setup();
    const a = await board.createStickyNote({});
    await expect(
      board.createConnector({ start: { item: a.id }, end: { item: '42' } }),
    ).rejects.toThrow(/Invalid connector: At end\.item: item 42 does not exist/);
  });

  it('validate style and captions', async () => {
    const { board } = setup();
    const a = await board.createStickyNote({});
    const b = await board.createStickyNote({ x: 500 });
    const ends = { start: { item: a.id }, end: { item: b.id } };
    await expect(
      board.createConnector({ ...ends, style: { strokeStyle: 'wavy' as 'normal' } }),
    ).rejects.toThrow(/At style\.strokeStyle/);
    await expect(
      board.createConnector({ ...ends, style: { endStrokeCap: 'hook' as 'none' } }),
    ).rejects.toThrow(/At style\.endStrokeCap/);
    await expect(
      board.createConnector({ ...ends, captions: [{ content: '<h1>x</h1>' }] }),
    ).rejects.toThrow(/At captions\.0\.content/);
  });

  it('go with an item they are attached to', async () => {
    const { miro, board } = setup();
    const a = await board.createStickyNote({});
    const b = await board.createStickyNote({ x: 500 });
    await board.createConnector({ start: { item: a.id }, end: { item: b.id } });
    await board.remove(b);
    expect(miro.connectors()).toEqual([]);
  });

  it('stay when a frame that holds one of their ends is removed, its children kept', async () => {
    const { miro, board } = setup();
    const frame = await board.createFrame({ x: 0, y: 0, width: 400, height: 400 });
    const inside = await board.createStickyNote({});
    await frame.add(inside);
    const outside = await board.createStickyNote({ x: 1000 });
    const connector = await board.createConnector({
      start: { item: outside.id },
      end: { item: inside.id },
    });
    await board.remove(frame);
    expect(miro.connectors().map((c) => c.id)).toEqual([connector.id]);
    expect(miro.items().map((item) => item.id)).toEqual([inside.id, outside.id]);
  });

  it('go with a frame that takes one of their ends with it', async () => {
    const miro = new MiroEmulator({ clock: { now: () => T0 }, removeFrameTakesChildren: true });
    const { board } = miro;
    const frame = await board.createFrame({ x: 0, y: 0, width: 400, height: 400 });
    const inside = await board.createStickyNote({});
    await frame.add(inside);
    const outside = await board.createStickyNote({ x: 1000 });
    await board.createConnector({ start: { item: outside.id }, end: { item: inside.id } });
    await board.remove(frame);
    expect(miro.connectors()).toEqual([]);
    expect(miro.items().map((item) => item.id)).toEqual([outside.id]);
  });

  it('sync a new stroke colour and hold metadata', async () => {
    const { miro, board } = setup();
    const a = await board.createStickyNote({});
    const b = await board.createStickyNote({ x: 500 });
    const connector = await board.createConnector({ start: { item: a.id }, end: { item: b.id } });
    connector.style.strokeColor = '#ff0000';
    await connector.sync();
    await connector.setMetadata('journey', 'flow');
    expect(await connector.getMetadata('journey')).toBe('flow');
    expect(miro.connectors()[0]).toMatchObject({
      style: { strokeColor: '#ff0000' },
      metadata: { journey: 'flow' },
    });
  });
});

describe('getSelection', () => {
  it('returns the items the person selected', async () => {
    const { miro, board } = setup();
    const note = await board.createStickyNote({});
    await board.createStickyNote({ x: 300 });
    miro.user.select([note.id]);
    expect((await board.getSelection()).map((item) => item.id)).toEqual([note.id]);
  });
});

describe('board.getAppData without a key', () => {
  it('returns all of the app data, as the SDK does', async () => {
    const emulator = new MiroEmulator();
    await emulator.board.setAppData('map:1', { v: 1 });
    await emulator.board.setAppData('other', 'x');
    expect(await emulator.board.getAppData()).toEqual({ 'map:1': { v: 1 }, other: 'x' });
  });
});
