import { describe, expect, it } from 'vitest';
import {
  addMinute,
  idleTimer,
  pauseTimer,
  remainingOf,
  resumeTimer,
  startTimer,
} from './panelTimer.ts';

describe('the panel timer’s state', () => {
  it('runs until its end', () => {
    const running = startTimer(300_000, 1000);
    expect(running).toEqual({ status: 'running', endsAt: 301_000 });
    expect(remainingOf(running, 61_000)).toBe(240_000);
    expect(remainingOf(running, 400_000)).toBe(0);
  });

  it('keeps the time left while paused and runs it out after resuming', () => {
    const paused = pauseTimer(startTimer(300_000, 0), 100_000);
    expect(paused).toEqual({ status: 'paused', remainingMs: 200_000 });
    // resumed at 500 000 with 200 000 left
    expect(resumeTimer(paused, 500_000)).toEqual({ status: 'running', endsAt: 700_000 });
  });

  it('is done when paused after its end', () => {
    expect(pauseTimer(startTimer(1000, 0), 5000)).toEqual({ status: 'done' });
  });

  it('adds a minute to a running, a paused or a finished timer, not to an idle one', () => {
    expect(addMinute({ status: 'running', endsAt: 10_000 }, 0)).toEqual({
      status: 'running',
      endsAt: 70_000,
    });
    expect(addMinute({ status: 'paused', remainingMs: 5000 }, 0)).toEqual({
      status: 'paused',
      remainingMs: 65_000,
    });
    expect(addMinute({ status: 'done' }, 2000)).toEqual({ status: 'running', endsAt: 62_000 });
    expect(addMinute(idleTimer, 0)).toBe(idleTimer);
  });
});
