import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { afterNextPaint, browserSession, openPanel, openSandbox } from './browser.ts';

const session = browserSession({ width: 1440, height: 900 });

/** The one pain point of the example's Checkout stage: it goes, so that the cell is empty. */
const CHECKOUT_PAIN = 'Slots are not held while the customer checks out.';
const WRITTEN = 'Card declined at checkout';
/** The red of the Pain points lane (NOTE_COLOR_HEX.red, #f16c7f). */
const PAIN_RED = [241, 108, 127];

/** The colour the board's canvas shows at a point of the page. */
async function pixelAt(page: Page, point: { x: number; y: number }): Promise<number[]> {
  return page.evaluate(({ x, y }) => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="sandbox-canvas"]');
    const box = canvas?.getBoundingClientRect();
    const context = canvas?.getContext('2d');
    if (!canvas || !box || !context) throw new Error('no board canvas');
    const ratio = canvas.width / box.width;
    const data = context.getImageData((x - box.left) * ratio, (y - box.top) * ratio, 1, 1).data;
    return [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0];
  }, point);
}

describe('dragging a note chip from the Workshop tab, and a vote in the sandbox', () => {
  it('draws a note of the lane’s colour in the cell it is dropped on, and the report counts its votes', async () => {
    const { page } = session;
    await openSandbox(session);
    const panel = await openPanel(session);
    await panel.getByRole('button', { name: 'Insert Example: online grocery' }).click();
    await panel.getByRole('status').filter({ hasText: 'Inserted' }).waitFor();
    await page.evaluate(async (text) => {
      const miro = window.journeyMapperSandbox?.miro;
      const note = miro?.items().find((item) => 'content' in item && item.content.includes(text));
      if (note) await miro?.board.remove(note);
    }, CHECKOUT_PAIN);

    await panel.getByRole('tab', { name: 'Workshop' }).click();
    const viewBefore = await page.evaluate(() => window.journeyMapperSandbox?.miro.viewport);
    await panel
      .getByRole('region', { name: /: cells$/ })
      .getByRole('button', { name: 'Checkout × Pain points: empty — zoom to it' })
      .click();
    // the view is centred on the cell once it has moved there
    await page.waitForFunction(
      (before) => JSON.stringify(window.journeyMapperSandbox?.miro.viewport) !== before,
      JSON.stringify(viewBefore),
    );
    const target = await page.evaluate(() => {
      const sandbox = window.journeyMapperSandbox;
      if (!sandbox) throw new Error('no sandbox');
      const { x, y, width, height } = sandbox.miro.viewport;
      return sandbox.boardToScreen(x + width / 2, y + height / 2);
    });
    await afterNextPaint(page);
    expect(await pixelAt(page, target)).not.toEqual(PAIN_RED);

    const chip = panel.locator('.miro-draggable', { hasText: 'Pain points' });
    // the chips sit below the guide: the person scrolls the panel to them first
    await chip.scrollIntoViewIfNeeded();
    const box = await chip.boundingBox();
    if (!box) throw new Error('the Pain points chip is not shown');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(target.x + 40, target.y + 20, { steps: 12 });
    await page.getByTestId('sandbox-drag-ghost').waitFor();
    await page.mouse.move(target.x, target.y, { steps: 4 });
    await page.mouse.up();
    await panel
      .getByText('New note in Checkout × Pain points. Double-click it on the board to write it.')
      .waitFor();
    expect(await page.getByTestId('sandbox-drag-ghost').count()).toBe(0);
    await afterNextPaint(page);
    expect(await pixelAt(page, target)).toEqual(PAIN_RED);

    // written on the board, the note is one of the cell's notes
    await page.mouse.dblclick(target.x, target.y);
    await page.getByTestId('sandbox-editor').fill(WRITTEN);
    await page.getByTestId('sandbox-editor').press('Control+Enter');
    await panel
      .getByRole('button', { name: 'Checkout × Pain points: 1 note — zoom to it' })
      .waitFor();

    // a vote: three clicks on the note, one taken back, then ended
    await page.getByTestId('sandbox-vote-start').click();
    for (let click = 0; click < 3; click++) await page.mouse.click(target.x, target.y);
    await page.getByLabel(`3 votes on “${WRITTEN}”`).waitFor();
    await page.getByRole('button', { name: `Take back a vote on “${WRITTEN}”` }).click();
    await page.getByLabel(`2 votes on “${WRITTEN}”`).waitFor();
    await afterNextPaint(page);
    await page.screenshot({ path: 'test-results/workshop-vote.png' });
    await page.getByTestId('sandbox-vote-end').click();
    await page.getByTestId('sandbox-vote-start').waitFor();

    await panel.getByRole('tab', { name: 'Report' }).click();
    await panel.getByRole('button', { name: 'Refresh' }).click();
    const top = panel.getByRole('list', { name: 'Top pain points' });
    await top.getByText(`${WRITTEN} — Checkout (2 votes)`).waitFor();
    expect(session.pageErrors).toEqual([]);
  });
});
