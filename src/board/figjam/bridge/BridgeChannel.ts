/** A two-way message channel: what one side posts, the other side's listeners receive. */
export interface BridgeChannel {
  post(message: unknown): void;
  /** Returns the unsubscribe. */
  onMessage(listener: (message: unknown) => void): () => void;
}

/** Where the bridge says what it dropped; a malformed message costs one warning. */
export type BridgeLogger = { warn(message: string): void };

/**
 * Runs `callback` after `ms` milliseconds; returns the cancel. Injected so that tests decide
 * when a time limit runs out.
 */
export type After = (ms: number, callback: () => void) => () => void;

export const realAfter: After = (ms, callback) => {
  const timer = setTimeout(callback, ms);
  return () => clearTimeout(timer);
};
