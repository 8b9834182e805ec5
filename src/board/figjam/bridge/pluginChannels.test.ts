import { describe, expect, it } from 'vitest';
import type { PluginUi } from './pluginChannels.ts';
import { pluginUiChannel, uiWindowChannel } from './pluginChannels.ts';

describe('uiWindowChannel', () => {
  it('posts to the parent as a plugin message and reads plugin messages from the window', () => {
    const posted: [unknown, string][] = [];
    const parent = {
      postMessage: (message: unknown, origin: string) => posted.push([message, origin]),
    };
    const target = new EventTarget();
    const window = {
      addEventListener: (type: 'message', listener: (event: MessageEvent) => void) =>
        target.addEventListener(type, listener as EventListener),
      removeEventListener: (type: 'message', listener: (event: MessageEvent) => void) =>
        target.removeEventListener(type, listener as EventListener),
    };
    const channel = uiWindowChannel(window, parent);
    const heard: unknown[] = [];
    const stop = channel.onMessage((message) => heard.push(message));

    channel.post({ a: 1 });
    target.dispatchEvent(new MessageEvent('message', { data: { pluginMessage: { b: 2 } } }));
    target.dispatchEvent(new MessageEvent('message', { data: 'not a plugin message' }));
    stop();
    target.dispatchEvent(new MessageEvent('message', { data: { pluginMessage: { c: 3 } } }));

    expect(posted).toEqual([[{ pluginMessage: { a: 1 } }, '*']]);
    expect(heard).toEqual([{ b: 2 }]);
  });
});

describe('pluginUiChannel', () => {
  it('takes the onmessage slot of a ui that has no on(), and gives it back', () => {
    const posted: unknown[] = [];
    const ui: PluginUi = { postMessage: (message) => posted.push(message) };
    const channel = pluginUiChannel(ui);
    const heard: unknown[] = [];
    const stop = channel.onMessage((message) => heard.push(message));
    channel.post({ a: 1 });
    ui.onmessage?.({ b: 2 });
    stop();
    expect(ui.onmessage).toBeUndefined();
    expect([posted, heard]).toEqual([[{ a: 1 }], [{ b: 2 }]]);
  });

  it('listens with on() and off() where the ui has them', () => {
    const handlers = new Set<(message: unknown) => void>();
    const ui: PluginUi = {
      postMessage: () => {},
      on: (_type, handler) => handlers.add(handler),
      off: (_type, handler) => handlers.delete(handler),
    };
    const heard: unknown[] = [];
    const channel = pluginUiChannel(ui);
    const stopFirst = channel.onMessage((message) => heard.push(['first', message]));
    channel.onMessage((message) => heard.push(['second', message]));
    for (const handler of handlers) handler('m1');
    stopFirst();
    for (const handler of handlers) handler('m2');
    expect(handlers.size).toBe(1);
    expect(ui.onmessage).toBeUndefined();
    expect(heard).toEqual([
      ['first', 'm1'],
      ['second', 'm1'],
      ['second', 'm2'],
    ]);
  });
});
