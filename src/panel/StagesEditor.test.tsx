// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderCustomise, stageInputs, stagesSection } from '../test/renderPanel.tsx';

afterEach(cleanup);

const insertedStages = async (
  user: Awaited<ReturnType<typeof renderCustomise>>['user'],
  board: Awaited<ReturnType<typeof renderCustomise>>['board'],
) => {
  await user.click(screen.getByRole('button', { name: 'Insert map' }));
  return board.lastPlan?.grid.stages;
};

describe('stages editor', () => {
  it('starts with the template stages', async () => {
    await renderCustomise();
    expect(stageInputs().map((input) => input.value)).toEqual([
      'Awareness',
      'Consideration',
      'Purchase',
      'Onboarding',
      'Usage',
      'Loyalty',
    ]);
  });

  it('inserts a renamed stage', async () => {
    const { user, board } = await renderCustomise();
    const input = screen.getByLabelText('Stage 3 name');
    await user.clear(input);
    await user.type(input, 'Checkout');
    expect((await insertedStages(user, board))?.[2]).toEqual({ id: 'purchase', name: 'Checkout' });
  });

  it('inserts an added stage at the end', async () => {
    const { user, board } = await renderCustomise();
    await user.click(screen.getByRole('button', { name: 'Add stage' }));
    expect(stageInputs()).toHaveLength(7);
    expect((await insertedStages(user, board))?.at(-1)).toEqual({ id: 'stage-7', name: 'Stage 7' });
  });

  it('focuses the name of an added stage', async () => {
    const { user } = await renderCustomise();
    await user.click(screen.getByRole('button', { name: 'Add stage' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Stage 7 name'));
  });

  it('leaves a removed stage out', async () => {
    const { user, board } = await renderCustomise();
    await user.click(screen.getByRole('button', { name: 'Remove stage 2' }));
    expect((await insertedStages(user, board))?.map((stage) => stage.id)).toEqual([
      'awareness',
      'purchase',
      'onboarding',
      'usage',
      'loyalty',
    ]);
  });

  it('inserts stages in the order they were moved to', async () => {
    const { user, board } = await renderCustomise();
    await user.click(screen.getByRole('button', { name: 'Move stage 1 down' }));
    await user.click(screen.getByRole('button', { name: 'Move stage 6 up' }));
    expect((await insertedStages(user, board))?.map((stage) => stage.id)).toEqual([
      'consideration',
      'awareness',
      'purchase',
      'onboarding',
      'loyalty',
      'usage',
    ]);
  });

  it('keeps focus on the move button of the moved stage', async () => {
    const { user } = await renderCustomise();
    await user.click(screen.getByRole('button', { name: 'Move stage 1 down' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move stage 2 down' }));
  });

  it('disables moving past either end', async () => {
    await renderCustomise();
    const up = screen.getByRole<HTMLButtonElement>('button', { name: 'Move stage 1 up' });
    const down = screen.getByRole<HTMLButtonElement>('button', { name: 'Move stage 6 down' });
    expect([up.disabled, down.disabled]).toEqual([true, true]);
  });

  it('shows the gentle note below 5 stages and not from 5 to 10', async () => {
    const { user } = await renderCustomise();
    const note = 'Most journeys read best with 5–10 stages.';
    expect(within(stagesSection()).queryByText(note)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove stage 6' }));
    expect(within(stagesSection()).queryByText(note)).toBeNull(); // 5 stages
    await user.click(screen.getByRole('button', { name: 'Remove stage 5' }));
    expect(within(stagesSection()).getByText(note)).toBeTruthy(); // 4 stages
  });

  it('shows the gentle note above 10 stages', async () => {
    const { user } = await renderCustomise();
    const add = screen.getByRole('button', { name: 'Add stage' });
    for (let i = 0; i < 4; i += 1) await user.click(add); // 10 stages
    expect(within(stagesSection()).queryByText(/read best/)).toBeNull();
    await user.click(add); // 11 stages
    expect(
      within(stagesSection()).getByText(/Most journeys read best with 5–10 stages\./),
    ).toBeTruthy();
  });

  it('stops at 12 stages with the add button disabled', async () => {
    const { user, board } = await renderCustomise();
    const add = screen.getByRole<HTMLButtonElement>('button', { name: 'Add stage' });
    for (let i = 0; i < 6; i += 1) await user.click(add);
    expect(add.disabled).toBe(true);
    expect(within(stagesSection()).getByText(/A map can have at most 12 stages\./)).toBeTruthy();
    expect(await insertedStages(user, board)).toHaveLength(12);
  });

  it('stops at 3 stages with the remove buttons disabled', async () => {
    const { user } = await renderCustomise();
    for (let i = 0; i < 3; i += 1)
      await user.click(screen.getByRole('button', { name: 'Remove stage 1' }));
    const removes = within(stagesSection()).getAllByRole<HTMLButtonElement>('button', {
      name: /^Remove stage/,
    });
    expect(removes.map((button) => button.disabled)).toEqual([true, true, true]);
    expect(within(stagesSection()).getByText(/A map needs at least 3 stages\./)).toBeTruthy();
  });
});
