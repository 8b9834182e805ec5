import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  afterNextPaint,
  browserSession,
  openPanel,
  openSandbox,
  showWholeBoard,
} from './browser.ts';

const session = browserSession({ width: 1440, height: 900 });

/** Sample notes of the Thoughts lane in Checkout, Delivery and Unpack & use. */
const THOUGHTS_REMOVED = [
  'That slot was free a minute ago!',
  'Can I pop out to pick up the kids',
  'Why did they swap oat milk',
];

describe('the Workshop tab in the sandbox', () => {
  it('shows the inserted map’s cells, a note outside them and the timer (the README screenshot)', async () => {
    await openSandbox(session);
    const panel = await openPanel(session);
    await panel.getByRole('button', { name: 'Insert Example: online grocery' }).click();
    await panel.getByRole('status').filter({ hasText: 'Inserted' }).waitFor();
    // the view lands on the map's corner: see all of it, as a facilitator would
    await showWholeBoard(session);
    // a note in the frame right of the persona and business goal cards, above the stage
    // headers: in no cell
    const stray = await session.page.evaluate(() => {
      const sandbox = window.journeyMapperSandbox;
      const frame = sandbox?.miro.items().find((item) => item.type === 'frame');
      if (!sandbox || !frame) throw new Error('no inserted map');
      const left = frame.boardX - frame.width / 2;
      const top = frame.boardY - frame.height / 2;
      return sandbox.boardToScreen(left + frame.width * 0.8, top + 250);
    });
    await session.page.mouse.dblclick(stray.x, stray.y);
    await session.page.getByTestId('sandbox-editor').fill('Ask about delivery slots');
    await session.page.getByTestId('sandbox-editor').press('Control+Enter');

    // three thoughts go, so that three cells of the Thoughts lane are empty
    await session.page.evaluate(async (texts) => {
      const miro = window.journeyMapperSandbox?.miro;
      const gone = miro
        ?.items()
        .filter(
          (item) =>
            item.type === 'sticky_note' && texts.some((text) => item.content.includes(text)),
        );
      for (const note of gone ?? []) await miro?.board.remove(note);
    }, THOUGHTS_REMOVED);
    await panel.getByRole('tab', { name: 'Workshop' }).click();
    await panel.getByText('3 of 36 cells are empty.').waitFor();
    const outside = panel.getByRole('region', { name: 'Notes outside the cells (1)' });
    await outside.getByRole('button', { name: 'Zoom to “Ask about delivery slots”' }).waitFor();
    await panel.getByRole('button', { name: 'Start' }).click();
    await panel.getByRole('button', { name: 'Pause' }).waitFor();
    expect(await panel.getByRole('timer', { name: 'Time left' }).textContent()).toMatch(
      /^[45]:\d\d$/,
    );
    await afterNextPaint(session.page);
    const shot = await session.page.screenshot({ path: 'test-results/workshop.png' });
    if (process.env.UPDATE_DOCS_SCREENSHOT) writeFileSync('docs/workshop.png', shot);

    const before = (await session.page.getByText(/^\d+%$/).textContent()) ?? '';
    await panel
      .getByRole('region', { name: /: cells$/ })
      .getByRole('button', { name: 'Checkout × Thoughts: empty — zoom to it' })
      .click();
    // the board's zoom level changes once the view moves to the cell
    await session.page.getByText(before, { exact: true }).waitFor({ state: 'hidden' });
    expect(session.pageErrors).toEqual([]);
  });
});
