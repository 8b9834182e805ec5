import { useEffect, useState } from 'react';
import type { BoardTimer, BoardTimerChange, BoardTimerState } from '../board/port.ts';
import { countDown, type Clock } from './Clock.ts';
import { errorMessage } from './errorMessage.ts';
import { MINUTE_MS } from './panelTimer.ts';
import type { TimerControl } from './timerControl.ts';

/** The board timer's last state and when (on `clock`) the panel heard of it. */
type Heard = { status: TimerControl['status']; remainingMs: number; at: number };

const NOT_HEARD: Heard = { status: 'idle', remainingMs: 0, at: 0 };

function heardOf(state: BoardTimerState, change: BoardTimerChange | null, at: number): Heard {
  const status =
    state.status === 'running'
      ? 'running'
      : state.status === 'paused'
        ? 'paused'
        : change === 'finish'
          ? 'done'
          : 'idle';
  return { status, remainingMs: state.remainingMs, at };
}

/**
 * The board's timer, driven from the panel: it shows what the board reports, whoever changed it,
 * and counts a running timer down on `clock` in between, since the board reports only changes.
 */
export function useBoardTimer(timer: BoardTimer, clock: Clock): TimerControl {
  const [heard, setHeard] = useState<Heard>(NOT_HEARD);
  const [error, setError] = useState<string | null>(null);
  const [, setShown] = useState(0);

  useEffect(() => {
    let current = true;
    const hear = (state: BoardTimerState, change: BoardTimerChange | null) => {
      if (current) setHeard(heardOf(state, change, clock.now()));
    };
    const unsubscribe = timer.onChange(hear);
    timer.state().then(
      (state) => hear(state, null),
      (failure: unknown) => {
        if (current) setError(errorMessage(failure, 'The board timer could not be read'));
      },
    );
    return () => {
      current = false;
      unsubscribe();
    };
  }, [timer, clock]);

  useEffect(() => {
    if (heard.status !== 'running') return;
    // at 0 the board says it has finished; until then the panel shows 0:00
    return countDown(clock, heard.at + heard.remainingMs, setShown);
  }, [clock, heard]);

  const run = (action: () => Promise<BoardTimerState>) => {
    setError(null);
    action().then(
      // the board reports the change to onChange too; its answer here is the same state
      (state) => setHeard(heardOf(state, null, clock.now())),
      (failure: unknown) => setError(errorMessage(failure, 'The board timer did not respond')),
    );
  };

  const remainingMs =
    heard.status === 'running'
      ? Math.max(0, heard.remainingMs - (clock.now() - heard.at))
      : heard.remainingMs;
  return {
    status: heard.status,
    remainingMs,
    start: (durationMs) => run(() => timer.start(durationMs)),
    pause: () => run(() => timer.pause()),
    resume: () => run(() => timer.resume()),
    stop: () => run(() => timer.stop()),
    addMinute: () =>
      run(() => (heard.status === 'done' ? timer.start(MINUTE_MS) : timer.prolong(MINUTE_MS))),
    error,
  };
}
