// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SimulatedClock } from '../test/SimulatedClock.ts';
import { PanelTimer } from './PanelTimer.tsx';

afterEach(cleanup);

function renderTimer() {
  const clock = new SimulatedClock();
  const user = userEvent.setup();
  render(<PanelTimer clock={clock} />);
  const pass = (ms: number) => act(() => clock.advance(ms));
  const shown = () => screen.getByRole('timer', { name: 'Time left' }).textContent;
  const press = (name: string) => user.click(screen.getByRole('button', { name }));
  return { user, pass, shown, press };
}

describe('the panel timer', () => {
  it('counts down from the minutes given, second by second', async () => {
    const { user, pass, shown, press } = renderTimer();
    const minutes = screen.getByRole('spinbutton', { name: 'Minutes' });
    await user.clear(minutes);
    await user.type(minutes, '2');
    expect(shown()).toBe('2:00');
    await press('Start');
    pass(1000);
    expect(shown()).toBe('1:59');
    pass(60_000);
    expect(shown()).toBe('0:59');
  });

  it('stands still while paused and goes on after resuming', async () => {
    const { pass, shown, press } = renderTimer();
    await press('Start');
    pass(10_000);
    await press('Pause');
    expect(screen.getByRole('status').textContent).toBe('Paused.');
    pass(60_000);
    expect(shown()).toBe('4:50');
    await press('Resume');
    pass(5000);
    expect(shown()).toBe('4:45');
  });

  it('adds a minute while running', async () => {
    const { pass, shown, press } = renderTimer();
    await press('Start');
    pass(30_000);
    await press('+1 minute');
    // 5:00 − 0:30 + 1:00
    expect(shown()).toBe('5:30');
  });

  it('says when the time is up, and can run one more minute', async () => {
    const { pass, shown, press } = renderTimer();
    await press('Start');
    pass(5 * 60_000);
    expect(shown()).toBe('0:00');
    expect(screen.getByRole('status').textContent).toBe('Time is up.');
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    await press('+1 minute');
    expect(shown()).toBe('1:00');
  });

  it('goes back to its minutes when stopped', async () => {
    const { pass, shown, press } = renderTimer();
    await press('Start');
    pass(90_000);
    await press('Stop');
    expect(shown()).toBe('5:00');
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
  });

  it('cannot start without a whole number of minutes', async () => {
    const { user } = renderTimer();
    await user.clear(screen.getByRole('spinbutton', { name: 'Minutes' }));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Start' }).disabled).toBe(true);
  });
});
