import { describe, expect, it } from 'vitest';
import { browserSession, openPanel, openSandbox, type Session } from './browser.ts';

const session = browserSession({ width: 1440, height: 900 });

/** Sample pain points of the grocery example: the vote gives the first three and the second one. */
const SLOTS = 'Slots are not held while the customer checks out.';
const SEARCH = "Search misses common spellings, e.g. 'yoghurt' finds nothing.";

const viewportNow = (page: Session['page']) =>
  page.evaluate(() => JSON.stringify(window.journeyMapperSandbox?.miro.viewport));

/** Waits until the sandbox's view is other than `before`, and returns it. */
async function viewportChangedFrom(page: Session['page'], before: string): Promise<string> {
  await page.waitForFunction(
    (last) => JSON.stringify(window.journeyMapperSandbox?.miro.viewport) !== last,
    before,
  );
  return viewportNow(page);
}

describe('the facilitation guide in the sandbox', () => {
  it('steps through the agenda, runs the board timer and ranks the pain points of a vote', async () => {
    await openSandbox(session);
    const panel = await openPanel(session);
    await panel.getByRole('button', { name: 'Insert Example: online grocery' }).click();
    await panel.getByRole('status').filter({ hasText: 'Inserted' }).waitFor();
    await panel.getByRole('tab', { name: 'Workshop' }).click();
    const guide = panel.getByRole('region', { name: 'Guide' });
    await guide.getByText('Step 1 of 9 · 5 min').waitFor();

    // Next twice: Actions, then Touchpoints, each time the board's view moves
    const inserted = await viewportNow(session.page);
    await guide.getByRole('button', { name: 'Next' }).click();
    await guide.getByRole('heading', { name: 'Actions' }).waitFor();
    const actions = await viewportChangedFrom(session.page, inserted);
    await guide.getByRole('button', { name: 'Next' }).click();
    await guide.getByText('Where do they meet us?').waitFor();
    await viewportChangedFrom(session.page, actions);

    // the board's timer, for the step's time box, which the sandbox shows as Miro would
    await panel.getByText('Board timer — everyone on the board sees it.').waitFor();
    const minutes = await panel.getByRole('spinbutton', { name: 'Minutes' }).inputValue();
    await panel.getByRole('button', { name: 'Start' }).click();
    await panel.getByRole('button', { name: 'Pause' }).waitFor();
    const onBoard = session.page.getByRole('timer', { name: 'Board timer' });
    expect(await onBoard.textContent()).toMatch(/^Timer \d+:\d\d$/);
    const started = `${minutes}:00`;
    // counting down on the board and in the panel
    await session.page.waitForFunction((first) => {
      const shown = document.querySelector('[data-testid="sandbox-timer"]')?.textContent;
      return shown !== undefined && shown !== `Timer ${first}`;
    }, started);
    await panel.getByRole('timer', { name: 'Time left' }).filter({ hasNotText: started }).waitFor();

    // a vote run with Miro's voting tool: three votes on the slots, one on search
    await guide.getByRole('button', { name: 'Vote on pain points 5 min' }).click();
    await guide.getByText('Open Voting from Miro’s top bar.').waitFor();
    await session.page.evaluate(
      ({ slots, search }) => {
        const miro = window.journeyMapperSandbox?.miro;
        if (!miro) throw new Error('no sandbox');
        const idOf = (text: string) => {
          const note = miro
            .items()
            .find((item) => item.type === 'sticky_note' && item.content.includes(text));
          if (!note) throw new Error(`no note “${text}”`);
          return note.id;
        };
        miro.user.startVoting('Pain points');
        for (const id of [idOf(slots), idOf(slots), idOf(slots), idOf(search)]) miro.user.vote(id);
        miro.user.endVoting();
      },
      // the note's content is HTML, its apostrophes perhaps escaped: match the start
      { slots: SLOTS, search: 'Search misses common spellings' },
    );
    await guide.getByRole('button', { name: 'Read the results' }).click();
    const ranked = guide.getByRole('list', { name: 'Pain points by votes' });
    await ranked.waitFor();
    const [first, second] = await ranked.getByRole('listitem').allTextContents();
    expect(first).toBe(`${SLOTS} Checkout · 3 votes`);
    expect(second).toBe(`${SEARCH} Browse & choose · 1 vote`);
    expect(session.pageErrors).toEqual([]);
  });
});
