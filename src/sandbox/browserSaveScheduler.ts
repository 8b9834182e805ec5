import type { SaveScheduler } from './boardStorage.ts';

/** Idle waits at most this long, so that a busy page still saves. */
const IDLE_TIMEOUT_MS = 2000;

/** Timers and `requestIdleCallback`, or a timer where the browser has no idle callbacks. */
export function browserSaveScheduler(window: Window): SaveScheduler {
  const after = (ms: number, callback: () => void) => {
    const id = window.setTimeout(callback, ms);
    return () => window.clearTimeout(id);
  };
  return {
    after,
    whenIdle:
      'requestIdleCallback' in window
        ? (callback) => {
            const id = window.requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
            return () => window.cancelIdleCallback(id);
          }
        : (callback) => after(0, callback),
  };
}
