import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EmulatorState } from '../src/board/emulator/EmulatorState.ts';
import { STORAGE_KEY, UNREADABLE_KEY } from '../src/sandbox/boardStorage.ts';
import { browserSession, openSandbox } from './browser.ts';
import { storedText, storeText, untilStored } from './storedText.ts';

const session = browserSession({ width: 1440, height: 900 });

const itemCount = () =>
  session.page.evaluate(() => window.journeyMapperSandbox?.miro.items().length ?? -1);

/** What the page does when the tab goes away: a save that is due is written at once. */
const leavePage = () =>
  session.page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));

async function addSticky(text: string): Promise<void> {
  const box = await session.page.getByTestId('sandbox-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await session.page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  await session.page.getByTestId('sandbox-editor').fill(text);
  await session.page.getByTestId('sandbox-editor').press('Control+Enter');
}

async function reload(): Promise<void> {
  await session.page.reload();
  await session.page.getByTestId('sandbox-canvas').waitFor();
}

describe('the sandbox keeps boards', () => {
  it('keeps a board of 11,000 notes, too big for local storage, across a reload', async () => {
    await openSandbox(session);
    const quota = await session.page.evaluate(() => {
      const miro = window.journeyMapperSandbox?.miro;
      if (!miro) throw new Error('no emulator');
      miro.user.addStickyNote({ x: 0, y: 0, content: 'x' });
      const state = miro.exportState();
      const [note] = state.items;
      if (!note) throw new Error('no note');
      const items = Array.from({ length: 11_000 }, (_, index) => ({
        ...note,
        id: String(index + 1),
        content: `<p>Waits for the delivery slot confirmation, then calls the help line to ask where the parcel is, step ${index + 1}</p>`,
        x: (index % 100) * 220,
        y: Math.floor(index / 100) * 220,
      }));
      const next = { ...state, items, nextId: '11001' };
      miro.replaceState(next);
      try {
        localStorage.setItem('probe', JSON.stringify(next));
        return 'fits';
      } catch (error) {
        localStorage.removeItem('probe');
        return error instanceof DOMException ? error.name : String(error);
      }
    });
    expect(quota).toBe('QuotaExceededError');
    const saved = await untilStored(session.page, STORAGE_KEY, (text) =>
      Boolean(text?.includes('step 11000<')),
    );
    expect((JSON.parse(saved ?? '{}') as EmulatorState).items.length).toBe(11_000);
    await reload();
    await session.page.waitForFunction(() => window.journeyMapperSandbox?.miro !== undefined);
    expect(await itemCount()).toBe(11_000);
    expect(session.pageErrors).toEqual([]);
  });

  it('does not save when the view moves or a note is selected, and saves an edit', async () => {
    await openSandbox(session);
    await addSticky('Calls the help line');
    const before = await untilStored(session.page, STORAGE_KEY, (text) =>
      Boolean(text?.includes('Calls the help line')),
    );
    const box = await session.page.getByTestId('sandbox-canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    await session.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await session.page.mouse.move(box.x + 100, box.y + 100);
    await session.page.mouse.wheel(300, 200);
    await session.page.keyboard.press('ArrowLeft');
    await leavePage();
    expect(await storedText(session.page, STORAGE_KEY)).toBe(before);

    await session.page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    await session.page.getByTestId('sandbox-editor').fill('Calls the help line twice');
    await session.page.getByTestId('sandbox-editor').press('Control+Enter');
    await leavePage();
    expect(await storedText(session.page, STORAGE_KEY)).toContain('Calls the help line twice');
  });

  it('moves a board kept in local storage by an earlier version into IndexedDB', async () => {
    const legacy = JSON.stringify({
      version: 1,
      items: [],
      connectors: [],
      tags: [],
      appData: { note: 'Kept by an earlier version' },
      nextId: '1',
      viewport: { x: 0, y: 0, width: 1000, height: 800 },
    });
    // The sandbox's origin as an earlier version left it, before the sandbox opens.
    await session.page.goto(`${session.baseUrl}/robots.txt`);
    await session.page.evaluate(([key, text]) => localStorage.setItem(key, text), [
      STORAGE_KEY,
      legacy,
    ] as const);
    await openSandbox(session);
    expect(
      await session.page.evaluate(() => window.journeyMapperSandbox?.miro.exportState().appData),
    ).toEqual({ note: 'Kept by an earlier version' });
    expect(await storedText(session.page, STORAGE_KEY)).toBe(legacy);
    expect(await session.page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(null);
  });

  it('saves nothing over an unreadable board until it is set aside, and keeps every copy', async () => {
    await openSandbox(session);
    await storeText(session.page, STORAGE_KEY, '{"items": "first broken board"');
    await reload();
    const notice = session.page.getByTestId('sandbox-unreadable');
    await notice.waitFor();
    await session.page.screenshot({ path: 'test-results/sandbox-unreadable.png' });

    await addSticky('Typed before choosing');
    await leavePage();
    expect(await storedText(session.page, STORAGE_KEY)).toBe('{"items": "first broken board"');

    const [download] = await Promise.all([
      session.page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Download the saved text' }).click(),
    ]);
    const path = await download.path();
    expect([download.suggestedFilename(), readFileSync(path, 'utf8')]).toEqual([
      'journey-mapper-unreadable-board.txt',
      '{"items": "first broken board"',
    ]);

    await notice.getByRole('button', { name: 'Set it aside and start a new board' }).click();
    await session.page.getByText(/^The unreadable board is kept in/).waitFor();
    await session.page.screenshot({ path: 'test-results/sandbox-set-aside.png' });
    expect(await storedText(session.page, STORAGE_KEY)).toContain('Typed before choosing');

    await storeText(session.page, STORAGE_KEY, 'second broken board');
    await reload();
    await notice.getByRole('button', { name: 'Set it aside and start a new board' }).click();
    await session.page.getByText(/one of 2 copies set aside there/).waitFor();
    const copies = await session.page.evaluate(
      (prefix) =>
        new Promise<string[]>((resolve) => {
          const opening = indexedDB.open('journey-mapper-sandbox');
          opening.onsuccess = () => {
            const request = opening.result
              .transaction('texts')
              .objectStore('texts')
              .getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
            request.onsuccess = () => resolve(request.result as string[]);
          };
        }),
      UNREADABLE_KEY,
    );
    expect(copies).toEqual(['{"items": "first broken board"', 'second broken board']);
    expect(session.pageErrors).toEqual([]);
  });
});
