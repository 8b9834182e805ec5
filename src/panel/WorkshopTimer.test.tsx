// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { BoardError } from '../board/port.ts';
import { FakeBoard } from '../test/fakeBoard.ts';
import type { FakeBoardTimer } from '../test/FakeBoardTimer.ts';
import { SimulatedClock } from '../test/SimulatedClock.ts';
import { BOARD_TIMER_NOTE, WorkshopTimer } from './WorkshopTimer.tsx';

afterEach(cleanup);

async function renderTimer(board = new FakeBoard(), defaultMinutes = 5) {
  const clock = new SimulatedClock();
  const user = userEvent.setup();
  const rendered = render(
    <WorkshopTimer board={board} clock={clock} defaultMinutes={defaultMinutes} />,
  );
  const shown = async () => (await screen.findByRole('timer', { name: 'Time left' })).textContent;
  await shown();
  // where the board's timer runs, the panel listens to it once it has read its state
  const boardTimer = board.boardTimer;
  if (boardTimer && screen.queryByText(BOARD_TIMER_NOTE))
    await waitFor(() => expect(boardTimer.listenerCount).toBe(1));
  return {
    board,
    rendered,
    shown,
    pass: (ms: number) => act(() => clock.advance(ms)),
    press: async (name: string) => user.click(await screen.findByRole('button', { name })),
  };
}

function boardTimerOf(board: FakeBoard): FakeBoardTimer {
  if (!board.boardTimer) throw new Error('the board has no timer');
  return board.boardTimer;
}

describe('the workshop timer on a board that has a timer', () => {
  it('says that everyone sees it and starts it for the step’s time box', async () => {
    const { board, press, shown } = await renderTimer(new FakeBoard(), 8);
    expect(screen.getByText('Board timer — everyone on the board sees it.')).toBeTruthy();
    expect(await shown()).toBe('8:00');
    await press('Start');
    expect(boardTimerOf(board).calls).toEqual(['start 480000']);
    expect(await shown()).toBe('8:00');
  });

  it('counts down in the panel between the board’s reports, and follows each report', async () => {
    const { board, press, shown, pass } = await renderTimer();
    await press('Start');
    await screen.findByRole('button', { name: 'Pause' });
    pass(1000);
    expect(await shown()).toBe('4:59');
    pass(60_000);
    expect(await shown()).toBe('3:59');
    // the board says less is left than the panel counted
    act(() => boardTimerOf(board).elapse(120_000));
    expect(await shown()).toBe('3:00');
    pass(1000);
    expect(await shown()).toBe('2:59');
  });

  it('pauses, resumes, adds a minute and stops the board’s timer', async () => {
    const { board, press, shown, pass } = await renderTimer();
    await press('Start');
    await press('Pause');
    expect(await screen.findByText('Paused.')).toBeTruthy();
    pass(60_000);
    expect(await shown()).toBe('5:00');
    await press('+1 minute');
    expect(await screen.findByText('6:00')).toBeTruthy();
    await press('Resume');
    await screen.findByRole('button', { name: 'Pause' });
    await press('Stop');
    expect(await screen.findByRole('spinbutton', { name: 'Minutes' })).toBeTruthy();
    expect(boardTimerOf(board).calls).toEqual([
      'start 300000',
      'pause',
      'prolong 60000',
      'resume',
      'stop',
    ]);
  });

  it('says when time is up, and runs a minute more on +1 minute', async () => {
    const { board, press } = await renderTimer();
    await press('Start');
    act(() => boardTimerOf(board).finish());
    expect(await screen.findByText('Time is up.')).toBeTruthy();
    await press('+1 minute');
    expect(boardTimerOf(board).calls).toEqual(['start 300000', 'start 60000']);
  });

  it('shows the timer someone else started on the board', async () => {
    const board = new FakeBoard();
    const timer = boardTimerOf(board);
    await timer.start(120_000);
    const { shown } = await renderTimer(board);
    expect(await screen.findByRole('button', { name: 'Pause' })).toBeTruthy();
    expect(await shown()).toBe('2:00');
    await act(async () => {
      await timer.pause();
    });
    expect(await screen.findByText('Paused.')).toBeTruthy();
  });

  it('says when the board timer did not respond', async () => {
    const board = new FakeBoard();
    boardTimerOf(board).start = async () => {
      throw new BoardError('rejected', 'The board timer is busy.');
    };
    const { press } = await renderTimer(board);
    await press('Start');
    expect((await screen.findByRole('alert')).textContent).toBe('The board timer is busy.');
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
  });

  it('stops listening to the board when it goes', async () => {
    const { board, rendered } = await renderTimer();
    // the panel subscribes once the board has said it has a timer
    await waitFor(() => expect(boardTimerOf(board).listenerCount).toBe(1));
    rendered.unmount();
    expect(boardTimerOf(board).listenerCount).toBe(0);
  });
});

describe('the workshop timer on a board without one', () => {
  it('keeps the time in the panel and says only you see it', async () => {
    const board = new FakeBoard();
    board.boardTimer = null;
    const { press, shown, pass } = await renderTimer(board);
    expect(screen.getByText('Panel timer — only you see it.')).toBeTruthy();
    await press('Start');
    pass(1000);
    expect(await shown()).toBe('4:59');
  });

  it('falls back to the panel’s timer when the board cannot say whether it has one', async () => {
    const board = new FakeBoard();
    board.timer = async () => {
      throw new BoardError('failed', 'Miro did not answer.');
    };
    await renderTimer(board);
    expect(screen.getByText('Miro did not answer.')).toBeTruthy();
    expect(screen.getByText('Panel timer — only you see it.')).toBeTruthy();
  });
});
