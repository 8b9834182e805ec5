/** What the timer controls drive, whichever timer keeps the time (the panel's or the board's). */
export type TimerControl = {
  status: 'idle' | 'running' | 'paused' | 'done';
  remainingMs: number;
  start: (durationMs: number) => void;
  pause: () => void;
  resume: () => void;
  stop: () => void;
  addMinute: () => void;
  /** The last call that failed, fit to show; null when none did. */
  error: string | null;
};
