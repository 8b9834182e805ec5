// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { layoutMap } from '../core/layout/layoutMap.ts';
import type { BoardSnapshot } from '../core/snapshot/BoardSnapshot.ts';
import { boardWith, type FakeBoard } from '../test/fakeBoard.ts';
import { renderPanel } from '../test/renderPanel.tsx';
import { sampleDraft, sampleTemplate } from '../test/sampleTemplate.ts';
import { SimulatedClock } from '../test/SimulatedClock.ts';
import { snapshotOfMaps, type CellNote } from '../test/snapshotOfMaps.ts';

afterEach(cleanup);

const plan = layoutMap(sampleTemplate, sampleDraft());

const PAIN_POINTS: CellNote[] = [
  { stageId: 'purchase', laneId: 'painPoints', text: 'Fees shown late' },
  { stageId: 'purchase', laneId: 'painPoints', text: 'Slow checkout' },
  { stageId: 'use', laneId: 'painPoints', text: 'Manual is missing' },
];

/** The map with votes on notes by text, as the board reports them after a vote. */
function withVotes(votes: Record<string, number>): BoardSnapshot {
  const snapshot = snapshotOfMaps([{ frameId: 'f1', plan, notes: PAIN_POINTS }]);
  return {
    items: snapshot.items.map((item) => ({ ...item, votes: votes[item.text] ?? item.votes })),
  };
}

async function openGuide(board: FakeBoard, clock = new SimulatedClock()) {
  const rendered = renderPanel(board, clock);
  await rendered.user.click(screen.getByRole('tab', { name: 'Workshop' }));
  const guide = await screen.findByRole('region', { name: 'Guide' });
  return { ...rendered, guide, clock };
}

describe('the facilitation guide', () => {
  it('starts on the first step of the map’s agenda with its prompt and time box', async () => {
    const { guide } = await openGuide(boardWith(withVotes({})));
    expect(within(guide).getByText('Step 1 of 7 · 5 min')).toBeTruthy();
    expect(within(guide).getByRole('heading', { name: 'Meet the persona' })).toBeTruthy();
    expect(
      within(guide).getByText('Who is the customer, and which 5 stages do they go through?'),
    ).toBeTruthy();
    expect(
      within(guide)
        .getAllByRole('button', { name: /min$/ })
        .map((button) => button.textContent),
    ).toEqual([
      'Meet the persona 5 min',
      'Actions 10 min',
      'Touchpoints 8 min',
      'Emotions 5 min',
      'Pain points 10 min',
      'Vote on pain points 5 min',
      'Wrap up 10 min',
    ]);
    expect(within(guide).getByRole('button', { name: 'Previous' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('moves the board’s view to each step on Next and Previous', async () => {
    const board = boardWith(withVotes({}));
    const { guide, user } = await openGuide(board);
    await user.click(within(guide).getByRole('button', { name: 'Next' }));
    expect(within(guide).getByText('Step 2 of 7 · 10 min')).toBeTruthy();
    expect(within(guide).getByText('What is the customer doing?')).toBeTruthy();
    await user.click(within(guide).getByRole('button', { name: 'Next' }));
    expect(within(guide).getByRole('heading', { name: 'Touchpoints' })).toBeTruthy();
    await user.click(within(guide).getByRole('button', { name: 'Previous' }));
    // each lane's row of cells, from x 520, five columns of 680 (the grid ends where its labels
    // end, R12); Actions from y 740, 520 high, then Touchpoints; frame at (0, 0)
    const actions = { x: 520, y: 740, width: 3400, height: 520 };
    const touchpoints = { x: 520, y: 1260, width: 3400, height: 520 };
    expect(board.zooms).toEqual([actions, touchpoints, actions]);
  });

  it('jumps to a step picked from the list, and offers its time box to the timer', async () => {
    const board = boardWith(withVotes({}));
    const { guide, user } = await openGuide(board);
    await user.click(within(guide).getByRole('button', { name: 'Wrap up 10 min' }));
    expect(within(guide).getByText('Step 7 of 7 · 10 min')).toBeTruthy();
    expect(within(guide).getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
    expect(
      within(guide).getByRole('button', { name: 'Wrap up 10 min' }).getAttribute('aria-current'),
    ).toBe('step');
    expect(board.zooms).toHaveLength(1);
    expect(await screen.findByRole('timer', { name: 'Time left' })).toHaveProperty(
      'textContent',
      '10:00',
    );
  });

  it('tells how to run Miro’s vote in the vote step, and ranks the pain points once it ended', async () => {
    const board = boardWith(withVotes({}));
    const { guide, user } = await openGuide(board);
    await user.click(within(guide).getByRole('button', { name: 'Vote on pain points 5 min' }));
    expect(within(guide).getByText('Open Voting from Miro’s top bar.')).toBeTruthy();
    expect(
      within(guide).getByText('No votes yet: the ranking shows here once the vote has ended.'),
    ).toBeTruthy();

    board.snapshot = withVotes({ 'Slow checkout': 3, 'Manual is missing': 1 });
    await user.click(within(guide).getByRole('button', { name: 'Read the results' }));
    const ranked = await within(guide).findByRole('list', { name: 'Pain points by votes' });
    expect(
      within(ranked)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Slow checkout Purchase · 3 votes',
      'Manual is missing Use · 1 vote',
      'Fees shown late Purchase · 0 votes',
    ]);
  });

  it('keeps the step when the board is read again', async () => {
    const board = boardWith(withVotes({}));
    const { guide, user, clock } = await openGuide(board);
    await user.click(within(guide).getByRole('button', { name: 'Emotions 5 min' }));
    board.changeItems(withVotes({ 'Slow checkout': 1 }));
    act(() => clock.advance(300)); // REFRESH_DELAY_MS
    await screen.findByRole('button', { name: 'Purchase × Pain points: 2 notes — zoom to it' });
    expect(board.reads).toBe(2);
    expect(within(guide).getByText('Step 4 of 7 · 5 min')).toBeTruthy();
  });
});
