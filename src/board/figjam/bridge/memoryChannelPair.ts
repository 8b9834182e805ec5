import type { BridgeChannel } from './BridgeChannel.ts';

/**
 * Two channels joined to each other, for tests: each message is structured-cloned and delivered
 * on a later microtask, as postMessage copies and defers it.
 */
export function memoryChannelPair(): [BridgeChannel, BridgeChannel] {
  const listeners: [Set<(message: unknown) => void>, Set<(message: unknown) => void>] = [
    new Set(),
    new Set(),
  ];
  const end = (own: 0 | 1): BridgeChannel => ({
    post(message) {
      const copy = structuredClone(message);
      queueMicrotask(() => {
        for (const listener of listeners[own === 0 ? 1 : 0]) listener(copy);
      });
    },
    onMessage(listener) {
      listeners[own].add(listener);
      return () => listeners[own].delete(listener);
    },
  });
  return [end(0), end(1)];
}
