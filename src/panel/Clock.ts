/** Time as the panel waits on it: the real one in the app, a simulated one in tests. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `callback` once `ms` have passed; the returned function cancels it. */
  after(ms: number, callback: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  after: (ms, callback) => {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

/**
 * Calls `onTick` with the time left until `endsAt` (ms since the epoch) each time its whole
 * seconds go down, and once with 0 when it is reached; the returned function stops it. Each wait
 * is measured from `clock.now()`, so a late tick does not delay the next.
 */
export function countDown(
  clock: Clock,
  endsAt: number,
  onTick: (remainingMs: number) => void,
): () => void {
  let cancel = () => {};
  const next = () => {
    const remaining = Math.max(0, endsAt - clock.now());
    if (remaining === 0) {
      onTick(0);
      return;
    }
    // the whole seconds shown (rounded up) drop when the remainder beyond them has passed
    cancel = clock.after(remaining % 1000 || 1000, () => {
      const left = Math.max(0, endsAt - clock.now());
      if (left > 0) onTick(left);
      next();
    });
  };
  next();
  return () => cancel();
}
