import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserSession, openPanel, openSandbox, showWholeBoard } from './browser.ts';

const session = browserSession();
const handDrawn = readFileSync('src/test/fixtures/boards/miro-template.json');

describe('the Report tab on a sandbox board after a workshop', () => {
  it('lists the app’s map and a map drawn by hand, with the notes the workshop added', async () => {
    await openSandbox(session);
    // a board that already holds a grid drawn by hand, without the app
    await session.page.getByTestId('sandbox-import').setInputFiles({
      name: 'hand-drawn.json',
      mimeType: 'application/json',
      buffer: handDrawn,
    });
    await session.page.waitForFunction(
      () => (window.journeyMapperSandbox?.miro.items().length ?? 0) > 0,
    );
    const panel = await openPanel(session);
    await panel.getByRole('button', { name: 'Insert Current-state map' }).click();
    await panel.getByRole('status').filter({ hasText: 'Inserted' }).waitFor();

    // the view lands on the map's corner: see all of it, as a facilitator would
    await showWholeBoard(session);
    // the workshop: two notes in the Purchase × Pain points cell of the inserted map
    const cell = await session.page.evaluate(() => {
      const sandbox = window.journeyMapperSandbox;
      // the map's frame has no title of its own: it is the one holding the title text
      const items = sandbox?.miro.items() ?? [];
      const title = items.find(
        (item) => item.type === 'text' && item.content.includes('Current-state journey map'),
      );
      const frame = items.find((item) => item.type === 'frame' && item.id === title?.parentId);
      if (!sandbox || !frame) throw new Error('no inserted map');
      const left = frame.boardX - frame.width / 2;
      const top = frame.boardY - frame.height / 2;
      // purchase column 1880..2560; pain points, the 5th lane: 740 + 3 × 520 + 650 = 2950..3470
      return [
        sandbox.boardToScreen(left + 2030, top + 3100),
        sandbox.boardToScreen(left + 2330, top + 3300),
      ];
    });
    for (const [index, point] of cell.entries()) {
      await session.page.mouse.dblclick(point.x, point.y);
      await session.page.getByTestId('sandbox-editor').fill(`Hidden delivery fee ${index + 1}`);
      await session.page.getByTestId('sandbox-editor').press('Control+Enter');
    }

    await panel.getByRole('tab', { name: 'Report' }).click();
    const appMap = panel.getByRole('region', { name: /Current-state journey map/ });
    await appMap.getByRole('button', { name: /Purchase × Pain points: 2 notes/ }).waitFor();
    const handMap = panel.getByRole('region', { name: /Customer Journey Map/ });
    await handMap.getByText('Read from the board’s layout').waitFor();
    expect(await handMap.getByRole('columnheader', { name: 'Delivery' }).count()).toBe(1);
    expect(session.pageErrors).toEqual([]);
  });
});
