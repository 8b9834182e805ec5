/** A countdown in the panel, as values: each change takes the time it happens at (ms). */
export type PanelTimerState =
  | { status: 'idle' }
  | { status: 'running'; endsAt: number }
  | { status: 'paused'; remainingMs: number }
  | { status: 'done' };

export const MINUTE_MS = 60_000;

export const idleTimer: PanelTimerState = { status: 'idle' };

export function startTimer(durationMs: number, now: number): PanelTimerState {
  return durationMs > 0 ? { status: 'running', endsAt: now + durationMs } : { status: 'done' };
}

export function pauseTimer(state: PanelTimerState, now: number): PanelTimerState {
  if (state.status !== 'running') return state;
  const remainingMs = remainingOf(state, now);
  return remainingMs > 0 ? { status: 'paused', remainingMs } : { status: 'done' };
}

export function resumeTimer(state: PanelTimerState, now: number): PanelTimerState {
  return state.status === 'paused' ? startTimer(state.remainingMs, now) : state;
}

/** One more minute on a running or paused timer; a finished one runs again for a minute. */
export function addMinute(state: PanelTimerState, now: number): PanelTimerState {
  switch (state.status) {
    case 'running':
      return { status: 'running', endsAt: Math.max(state.endsAt, now) + MINUTE_MS };
    case 'paused':
      return { status: 'paused', remainingMs: state.remainingMs + MINUTE_MS };
    case 'done':
      return startTimer(MINUTE_MS, now);
    case 'idle':
      return state;
  }
}

export function remainingOf(state: PanelTimerState, now: number): number {
  switch (state.status) {
    case 'running':
      return Math.max(0, state.endsAt - now);
    case 'paused':
      return state.remainingMs;
    case 'idle':
    case 'done':
      return 0;
  }
}
