import { useEffect, useState } from 'react';
import { countDown, type Clock } from './Clock.ts';
import {
  addMinute,
  idleTimer,
  pauseTimer,
  remainingOf,
  resumeTimer,
  startTimer,
  type PanelTimerState,
} from './panelTimer.ts';
import type { TimerControl } from './timerControl.ts';

/** A countdown kept in the panel, on `clock`: it re-renders each second while it runs. */
export function usePanelTimer(clock: Clock): TimerControl {
  const [state, setState] = useState<PanelTimerState>(idleTimer);
  const [, setShown] = useState(0);

  useEffect(() => {
    if (state.status !== 'running') return;
    return countDown(clock, state.endsAt, (remaining) => {
      if (remaining === 0) setState({ status: 'done' });
      else setShown(remaining);
    });
  }, [clock, state]);

  const change = (next: (current: PanelTimerState, now: number) => PanelTimerState) =>
    setState((current) => next(current, clock.now()));

  return {
    status: state.status,
    remainingMs: remainingOf(state, clock.now()),
    start: (durationMs) => change((_, now) => startTimer(durationMs, now)),
    pause: () => change(pauseTimer),
    resume: () => change(resumeTimer),
    stop: () => setState(idleTimer),
    addMinute: () => change(addMinute),
    error: null,
  };
}
