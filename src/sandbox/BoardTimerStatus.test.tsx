// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BoardTimerStatus } from './BoardTimerStatus.tsx';
import type { SandboxEmulator } from './SandboxEmulator.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

type TimerInstance = SandboxEmulator['timer'];

/** An emulator whose timer reads `timer` as it is when read. */
function emulatorWith(timer: { current: TimerInstance }): Pick<SandboxEmulator, 'timer'> {
  return {
    get timer() {
      return timer.current;
    },
  };
}

describe('the board timer at the top of the sandbox board', () => {
  it('is not shown while the timer is stopped', () => {
    const timer = { current: { status: 'STOPPED', restDuration: 0, totalDuration: 0 } as const };
    render(<BoardTimerStatus emulator={emulatorWith(timer)} />);
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('shows a paused timer’s time left', () => {
    const timer = {
      current: { status: 'PAUSED', restDuration: 65_000, totalDuration: 120_000 } as const,
    };
    render(<BoardTimerStatus emulator={emulatorWith(timer)} />);
    expect(screen.getByRole('timer', { name: 'Board timer' }).textContent).toBe(
      'Timer 1:05 (paused)',
    );
  });

  it('reads a running timer again as its time goes', () => {
    vi.useFakeTimers();
    const timer: { current: TimerInstance } = {
      current: { status: 'STARTED', restDuration: 120_000, totalDuration: 120_000 },
    };
    render(<BoardTimerStatus emulator={emulatorWith(timer)} />);
    expect(screen.getByRole('timer', { name: 'Board timer' }).textContent).toBe('Timer 2:00');
    timer.current = { ...timer.current, restDuration: 119_000 };
    act(() => vi.advanceTimersByTime(250));
    expect(screen.getByRole('timer', { name: 'Board timer' }).textContent).toBe('Timer 1:59');
  });
});
