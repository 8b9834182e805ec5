import type { BridgeChannel } from './BridgeChannel.ts';

type MessageTarget = { postMessage(message: unknown, targetOrigin: string): void };
type MessageSource = {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
};

/**
 * The plugin UI iframe's side: messages from the main thread arrive on `window` as
 * `event.data.pluginMessage`; ours go to `parent` wrapped as `{ pluginMessage }`.
 */
export function uiWindowChannel(window: MessageSource, parent: MessageTarget): BridgeChannel {
  return {
    post(message) {
      parent.postMessage({ pluginMessage: message }, '*');
    },
    onMessage(listener) {
      const onEvent = (event: MessageEvent) => {
        const data: unknown = event.data;
        if (typeof data === 'object' && data !== null && 'pluginMessage' in data) {
          listener(data.pluginMessage);
        }
      };
      window.addEventListener('message', onEvent);
      return () => window.removeEventListener('message', onEvent);
    },
  };
}

type MessageHandler = (message: unknown) => void;

/**
 * The shape of `figma.ui` the main thread's channel uses: `on`/`off` where given (several
 * listeners), else the single `onmessage` slot.
 */
export type PluginUi = {
  postMessage(message: unknown): void;
  onmessage?: MessageHandler | undefined;
  on?(type: 'message', handler: MessageHandler): void;
  off?(type: 'message', handler: MessageHandler): void;
};

/** The plugin main thread's side, over `figma.ui` passed in (this module never sees `figma`). */
export function pluginUiChannel(ui: PluginUi): BridgeChannel {
  const listeners = new Set<MessageHandler>();
  const dispatch: MessageHandler = (message) => {
    for (const listener of [...listeners]) listener(message);
  };
  let attached = false;
  const attach = () => {
    if (attached) return;
    attached = true;
    if (ui.on) ui.on('message', dispatch);
    else ui.onmessage = dispatch;
  };
  const detach = () => {
    attached = false;
    if (ui.off) ui.off('message', dispatch);
    else if (ui.onmessage === dispatch) ui.onmessage = undefined;
  };
  return {
    post(message) {
      ui.postMessage(message);
    },
    onMessage(listener) {
      listeners.add(listener);
      attach();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) detach();
      };
    },
  };
}
