import type { BoardChange } from './EmulatorState.ts';
import type { SdkDropEvent } from '../miro/sdk.ts';
import type { EmulatorSdkItem } from './EmulatorSdkItem.ts';

export type ItemsEvent = { items: EmulatorSdkItem[] };

export type EmulatorEventPayloads = {
  'icon:click': undefined;
  'selection:update': ItemsEvent;
  'items:create': ItemsEvent;
  'items:delete': ItemsEvent;
  'experimental:items:update': ItemsEvent;
  drop: SdkDropEvent;
};

export type EmulatorEventName = keyof EmulatorEventPayloads;
export type EmulatorEventHandler<E extends EmulatorEventName> = (
  payload: EmulatorEventPayloads[E],
) => void;

const EVENT_NAMES: readonly string[] = [
  'icon:click',
  'selection:update',
  'items:create',
  'items:delete',
  'experimental:items:update',
  'drop',
] satisfies EmulatorEventName[];

function isEventName(event: unknown): event is EmulatorEventName {
  return typeof event === 'string' && EVENT_NAMES.includes(event);
}

/**
 * The two ways the emulator reports changes: the SDK's UI events, delivered to the app's handlers
 * asynchronously (each in its own microtask, as Miro delivers them over `postMessage`), and
 * `BoardChange`s, delivered synchronously to subscribers such as the sandbox's renderer.
 */
export class EmulatorEvents {
  private readonly handlers = new Map<EmulatorEventName, Set<(payload: never) => void>>();
  private readonly listeners = new Set<(change: BoardChange) => void>();

  on<E extends EmulatorEventName>(event: E, handler: EmulatorEventHandler<E>): void {
    if (!isEventName(event)) throw new Error(`ui.on: unsupported event ${String(event)}`);
    if (typeof handler !== 'function') throw new Error('ui.on: the handler must be a function');
    const handlers = this.handlers.get(event) ?? new Set();
    handlers.add(handler);
    this.handlers.set(event, handlers);
  }

  off<E extends EmulatorEventName>(event: E, handler: EmulatorEventHandler<E>): void {
    if (!isEventName(event)) throw new Error(`ui.off: unsupported event ${String(event)}`);
    this.handlers.get(event)?.delete(handler);
  }

  /** `payload` is called once per handler, so each gets its own copies. */
  emit<E extends EmulatorEventName>(event: E, payload: () => EmulatorEventPayloads[E]): void {
    for (const handler of this.handlers.get(event) ?? []) {
      const value = payload();
      queueMicrotask(() => (handler as EmulatorEventHandler<E>)(value));
    }
  }

  subscribe(listener: (change: BoardChange) => void): () => void {
    const subscribed = (change: BoardChange) => listener(change);
    this.listeners.add(subscribed);
    return () => this.listeners.delete(subscribed);
  }

  notify(change: BoardChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }
}
