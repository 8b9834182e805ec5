import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/core/catalog/catalog.ts';
import type { EmulatorState } from '../src/board/emulator/EmulatorState.ts';
import { STORAGE_KEY } from '../src/sandbox/boardStorage.ts';
import { untilStored } from './storedText.ts';
import { afterNextPaint, browserSession, openPanel, openSandbox } from './browser.ts';

const session = browserSession();

type DrawnItem = {
  id: string;
  type: string;
  parentId: string | null;
  title?: string;
  content?: string;
};

async function boardItems(): Promise<DrawnItem[]> {
  return session.page.evaluate(() =>
    (window.journeyMapperSandbox?.miro.items() ?? []).map((item) => ({
      id: item.id,
      type: item.type,
      parentId: item.parentId,
      title: 'title' in item ? item.title : undefined,
      content: 'content' in item ? item.content : undefined,
    })),
  );
}

describe('the sandbox board', () => {
  it('is where http://localhost:3000/ leads in a browser tab', async () => {
    await session.page.goto(`${session.baseUrl}/`);
    await session.page.waitForURL(/\/sandbox\.html$/);
    await session.page.getByTestId('sandbox-canvas').waitFor();
    expect(session.outside).toEqual([]);
  });

  it('opens the real panel from the app icon, through the headless page', async () => {
    await openSandbox(session);
    const panel = await openPanel(session);
    expect(await panel.getByRole('heading', { name: 'Current-state map' }).isVisible()).toBe(true);
    expect(await panel.evaluate(() => location.pathname)).toBe('/sandbox-panel.html');
  });

  it.each(catalog.map((template) => [template.name, template.id] as const))(
    'inserts "%s" through the panel and lands where its text reads (docs/maps/%s.png)',
    async (name, id) => {
      await openSandbox(session);
      const panel = await openPanel(session);
      await panel.getByRole('button', { name: `Insert ${name}` }).click();
      await panel.getByRole('status').filter({ hasText: 'Inserted' }).waitFor();
      const items = await boardItems();
      const frames = items.filter((item) => item.type === 'frame');
      expect(frames).toHaveLength(1);
      const children = items.filter((item) => item.parentId === frames[0]?.id);
      expect(children.length).toBeGreaterThan(20);
      const view = await session.page.evaluate((frameId) => {
        const sandbox = window.journeyMapperSandbox;
        const all = sandbox?.miro.items() ?? [];
        const frame = all.find((item) => item.id === frameId);
        if (!sandbox || !frame) throw new Error('no sandbox or frame');
        const zoom = (sandbox.boardToScreen(100, 0).x - sandbox.boardToScreen(0, 0).x) / 100;
        const sizes = all.flatMap((item) =>
          item.parentId === frameId && 'style' in item && 'fontSize' in item.style
            ? [Number(item.style.fontSize)]
            : [],
        );
        const corner = sandbox.boardToScreen(frame.x - frame.width / 2, frame.y - frame.height / 2);
        return { zoom, smallestFont: Math.min(...sizes), corner };
      }, frames[0]?.id);
      // the smallest text the map draws is at least 11 pixels high where the view lands …
      expect(view.smallestFont * view.zoom).toBeGreaterThanOrEqual(11);
      // … and the frame's top-left corner (its title, persona and first stages) is in view
      const canvas = await session.page.getByTestId('sandbox-canvas').boundingBox();
      if (!canvas) throw new Error('no canvas');
      expect(view.corner.x).toBeGreaterThanOrEqual(canvas.x);
      expect(view.corner.y).toBeGreaterThanOrEqual(canvas.y);
      expect(view.corner.x).toBeLessThan(canvas.x + canvas.width / 4);
      await afterNextPaint(session.page);
      const shot = await session.page.screenshot({ path: `test-results/map-${id}.png` });
      if (process.env.UPDATE_DOCS_SCREENSHOT) {
        mkdirSync('docs/maps', { recursive: true });
        writeFileSync(`docs/maps/${id}.png`, shot);
      }
      expect(session.pageErrors).toEqual([]);
    },
  );

  it('adds a sticky by double-click, takes its text and keeps it after a reload', async () => {
    await openSandbox(session);
    const canvas = session.page.getByTestId('sandbox-canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas');
    await session.page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    const editor = session.page.getByTestId('sandbox-editor');
    await editor.fill('Delivery fee appears only at checkout');
    await editor.press('Control+Enter');
    const notes = (await boardItems()).filter((item) => item.type === 'sticky_note');
    expect(notes.map((note) => note.content)).toEqual([
      '<p>Delivery fee appears only at checkout</p>',
    ]);
    // the board is saved a moment after a change: wait until IndexedDB holds the note
    await untilStored(session.page, STORAGE_KEY, (text) =>
      Boolean(text?.includes('Delivery fee appears only at checkout')),
    );
    await session.page.reload();
    await session.page.getByTestId('sandbox-canvas').waitFor();
    const after = (await boardItems()).filter((item) => item.type === 'sticky_note');
    expect(after.map((note) => note.content)).toEqual([
      '<p>Delivery fee appears only at checkout</p>',
    ]);
  });

  it('removes a new sticky on Escape, and keeps the text of an edited one', async () => {
    await openSandbox(session);
    const canvas = session.page.getByTestId('sandbox-canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas');
    const stickies = async () => (await boardItems()).filter((item) => item.type === 'sticky_note');
    await session.page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    await session.page.getByTestId('sandbox-editor').press('Escape');
    expect(await stickies()).toEqual([]);

    await session.page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    await session.page.getByTestId('sandbox-editor').fill('Waits for a call back');
    await session.page.getByTestId('sandbox-editor').press('Control+Enter');
    await session.page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    await session.page.getByTestId('sandbox-editor').fill('Something else');
    await session.page.getByTestId('sandbox-editor').press('Escape');
    expect((await stickies()).map((note) => note.content)).toEqual([
      '<p>Waits for a call back</p>',
    ]);
  });

  it('moves a sticky into a cell of an inserted map, where it joins the frame', async () => {
    await openSandbox(session);
    const panel = await openPanel(session);
    await panel.getByRole('button', { name: 'Insert Current-state map' }).click();
    await panel.getByRole('status').filter({ hasText: 'Inserted' }).waitFor();
    const frame = (await boardItems()).find((item) => item.type === 'frame');
    // a sticky outside the map, then dragged onto the first cell
    const target = await session.page.evaluate(() => {
      const sandbox = window.journeyMapperSandbox;
      if (!sandbox) throw new Error('no sandbox');
      const frameItem = sandbox.miro.items().find((item) => item.type === 'frame');
      if (!frameItem || frameItem.type !== 'frame') throw new Error('no frame');
      const left = frameItem.boardX - frameItem.width / 2;
      const top = frameItem.boardY - frameItem.height / 2;
      // the first cell: under the first stage's header, beside the first lane's label
      const named = (text: string) => {
        const item = sandbox.miro
          .items()
          .find((each) => 'content' in each && each.content.includes(text));
        if (!item) throw new Error(`nothing reads ${text}`);
        return item;
      };
      const cell = { x: named('Awareness').boardX, y: named('Actions').boardY };
      // in view, left of the frame, beside the persona card
      const start = { x: left - 60, y: top + 400 };
      const id = sandbox.miro.user.addStickyNote({ ...start, content: '<p>Too many ads</p>' });
      return {
        id,
        from: sandbox.boardToScreen(start.x, start.y),
        to: sandbox.boardToScreen(cell.x, cell.y),
      };
    });
    await session.page.mouse.move(target.from.x, target.from.y);
    await session.page.mouse.down();
    await session.page.mouse.move(target.to.x, target.to.y, { steps: 8 });
    await session.page.mouse.up();
    const moved = (await boardItems()).find((item) => item.id === target.id);
    expect(moved?.parentId).toBe(frame?.id);
  });

  it('adds a sticky in a cell of an inserted map by double-click, inside its frame', async () => {
    await openSandbox(session);
    const panel = await openPanel(session);
    await panel.getByRole('button', { name: 'Insert Current-state map' }).click();
    await panel.getByRole('status').filter({ hasText: 'Inserted' }).waitFor();
    const before = await boardItems();
    const frame = before.find((item) => item.type === 'frame');
    const point = await session.page.evaluate(() => {
      const sandbox = window.journeyMapperSandbox;
      const frameItem = sandbox?.miro.items().find((item) => item.type === 'frame');
      if (!sandbox || !frameItem) throw new Error('no frame');
      // the touchpoints lane (on a band) of the second stage: x 1200..1880, y 1260..1780
      const left = frameItem.boardX - frameItem.width / 2;
      const top = frameItem.boardY - frameItem.height / 2;
      return sandbox.boardToScreen(left + 1460, top + 1470);
    });
    await session.page.mouse.dblclick(point.x, point.y);
    await session.page.getByTestId('sandbox-editor').fill('Compares prices on a phone');
    await session.page.getByTestId('sandbox-editor').press('Control+Enter');
    const after = await boardItems();
    const added = after.filter((item) => !before.some((old) => old.id === item.id));
    expect(added).toMatchObject([
      { type: 'sticky_note', parentId: frame?.id, content: '<p>Compares prices on a phone</p>' },
    ]);
    const contentOf = (items: DrawnItem[]) =>
      items.filter((item) => item.type === 'shape').map((item) => item.content);
    expect(contentOf(after)).toEqual(contentOf(before));
  });

  it('exports the board and imports it again unchanged', async () => {
    await openSandbox(session);
    const panel = await openPanel(session);
    await panel.getByRole('button', { name: 'Insert Example: online grocery' }).click();
    await panel.getByRole('status').filter({ hasText: 'Inserted' }).waitFor();
    const before = await session.page.evaluate(() =>
      window.journeyMapperSandbox?.miro.exportState(),
    );
    const [download] = await Promise.all([
      session.page.waitForEvent('download'),
      session.page.getByTestId('sandbox-export').click(),
    ]);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(JSON.parse(text)).toHaveProperty('data');
    await session.page.getByTestId('sandbox-reset').click();
    await session.page.getByRole('button', { name: /^Reset board/ }).click();
    expect(await boardItems()).toEqual([]);
    await session.page.getByTestId('sandbox-import').setInputFiles({
      name: 'board.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await session.page.waitForFunction(
      () => (window.journeyMapperSandbox?.miro.items().length ?? 0) > 0,
    );
    const after = await session.page.evaluate(() =>
      window.journeyMapperSandbox?.miro.exportState(),
    );
    // A file lists frames before their children; frames lie beneath all else whatever their
    // order, and the other items keep theirs.
    const framesFirst = (items: EmulatorState['items'] = []) => [
      ...items.filter((item) => item.type === 'frame'),
      ...items.filter((item) => item.type !== 'frame'),
    ];
    expect(framesFirst(after?.items)).toEqual(framesFirst(before?.items));
    expect(after?.appData).toEqual(before?.appData);
  });

  it('makes no request outside this machine while a map is inserted', async () => {
    await openSandbox(session);
    const panel = await openPanel(session);
    await panel.getByRole('button', { name: 'Insert Service blueprint' }).click();
    await panel.getByRole('status').filter({ hasText: 'Inserted' }).waitFor();
    expect(session.outside).toEqual([]);
  });
});

describe('the sandbox board, by keyboard and toolbar', () => {
  it('zooms with + and - and pans with the arrow keys', async () => {
    await openSandbox(session);
    const viewport = () => session.page.evaluate(() => window.journeyMapperSandbox?.miro.viewport);
    const start = await viewport();
    await session.page.getByTestId('sandbox-canvas').focus();
    await session.page.keyboard.press('+');
    const zoomed = await viewport();
    expect(zoomed?.width).toBeLessThan(start?.width ?? 0);
    await session.page.keyboard.press('ArrowRight');
    const panned = await viewport();
    expect(panned?.x).toBeGreaterThan(zoomed?.x ?? 0);
    expect(panned?.width).toBe(zoomed?.width);
  });

  it('adds a sticky from the toolbar, colours it, deletes it and undoes the delete', async () => {
    await openSandbox(session);
    await session.page.getByTestId('sandbox-add-sticky').click();
    await session.page.getByTestId('sandbox-editor').fill('Long queue at pick-up');
    await session.page.getByTestId('sandbox-editor').press('Control+Enter');
    await session.page.getByTestId('sandbox-color-red').click();
    const colour = () =>
      session.page.evaluate(() =>
        window.journeyMapperSandbox?.miro
          .items()
          .flatMap((item) => (item.type === 'sticky_note' ? [item.style.fillColor] : [])),
      );
    expect(await colour()).toEqual(['red']);
    await session.page.getByTestId('sandbox-canvas').focus();
    await session.page.keyboard.press('Delete');
    expect(await colour()).toEqual([]);
    await session.page.keyboard.press('Control+z');
    expect(await colour()).toEqual(['red']);
  });

  it('shows an inserted map (the README screenshot)', async () => {
    await openSandbox(session);
    const panel = await openPanel(session);
    await panel.getByRole('button', { name: 'Insert Example: online grocery' }).click();
    await panel.getByRole('status').filter({ hasText: 'Inserted' }).waitFor();
    await afterNextPaint(session.page);
    const shot = await session.page.screenshot({ path: 'test-results/sandbox.png' });
    if (process.env.UPDATE_DOCS_SCREENSHOT) writeFileSync('docs/sandbox.png', shot);
    expect(shot.length).toBeGreaterThan(10_000);
  });
});
