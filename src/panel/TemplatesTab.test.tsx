// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BoardError } from '../board/port.ts';
import { renderCustomise, stageInputs } from '../test/renderPanel.tsx';

afterEach(cleanup);

const insertButton = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Insert map' });

describe('inserting a map', () => {
  it('shows progress while inserting, then a confirmation', async () => {
    const { user, board } = await renderCustomise();
    const release = board.hold();
    await user.click(insertButton());
    const progress = await screen.findByRole<HTMLProgressElement>('progressbar');
    // the board holds the insert halfway once the layout (loaded on insert) has made the plan
    await waitFor(() => expect(board.lastPlan).toBeDefined());
    const total = board.lastPlan?.items.length ?? 0;
    await waitFor(() =>
      expect([progress.value, progress.max]).toEqual([Math.floor(total / 2), total]),
    );
    expect(insertButton().disabled).toBe(true);
    expect(screen.getByRole('button', { name: 'Add stage' }).matches(':disabled')).toBe(true);
    release();
    expect((await screen.findByRole('status')).textContent).toBe(
      'Inserted “Current-state journey map” on the board.',
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(insertButton().disabled).toBe(false);
  });

  it('shows a failing board’s message and keeps the edits for another try', async () => {
    const { user, board } = await renderCustomise();
    const input = screen.getByLabelText('Stage 1 name');
    await user.clear(input);
    await user.type(input, 'Trigger');
    board.failWith(
      new BoardError('rateLimited', 'Miro is busy right now. Nothing was added — try again.'),
    );
    await user.click(insertButton());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Miro is busy right now. Nothing was added — try again.');
    expect(stageInputs()[0]?.value).toBe('Trigger');
    expect(insertButton().disabled).toBe(false);

    board.failWith(null);
    await user.click(insertButton());
    await screen.findByRole('status');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(board.lastPlan?.grid.stages[0]).toEqual({ id: 'awareness', name: 'Trigger' });
  });

  it('explains a blank stage name in plain words without calling the board', async () => {
    const { user, board } = await renderCustomise();
    await user.clear(screen.getByLabelText('Stage 2 name'));
    await user.click(insertButton());
    expect((await screen.findByRole('alert')).textContent).toContain('Stage 2 needs a name.');
    expect(board.plans).toEqual([]);
  });

  it('keeps a template’s edits when going back to the gallery and returning', async () => {
    const { user } = await renderCustomise();
    await user.click(screen.getByRole('button', { name: 'Add stage' }));
    await user.click(screen.getByRole('button', { name: '← All templates' }));
    await user.click(screen.getByRole('button', { name: 'Customise Current-state map' }));
    expect(stageInputs()).toHaveLength(7);
  });
});
