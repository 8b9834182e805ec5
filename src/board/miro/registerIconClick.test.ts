import { describe, expect, it } from 'vitest';
import { PANEL_BUSY_MESSAGE, registerIconClick } from './registerIconClick.ts';
import type { MiroSdk } from './sdk.ts';

function fakeSdk(canOpen: boolean) {
  const handlers: (() => void)[] = [];
  const calls: string[] = [];
  let settle = () => {};
  const done = new Promise<void>((resolve) => (settle = resolve));
  const sdk = {
    board: {
      ui: {
        on: (_event: string, handler: () => void) => void handlers.push(handler),
        canOpenPanel: async () => {
          calls.push('canOpenPanel');
          return canOpen;
        },
        openPanel: async (options: { url: string }) => {
          calls.push(`openPanel ${options.url}`);
          settle();
        },
      },
      notifications: {
        showInfo: async (message: string) => {
          calls.push(`showInfo ${message}`);
          settle();
        },
      },
    },
  } as unknown as MiroSdk;
  return { sdk, calls, click: () => handlers.forEach((handler) => handler()), done };
}

describe('registerIconClick', () => {
  it('opens the panel page when the icon is clicked, after asking whether it can', async () => {
    const { sdk, calls, click, done } = fakeSdk(true);
    registerIconClick(sdk);
    expect(calls).toEqual([]);
    click();
    await done;
    expect(calls).toEqual(['canOpenPanel', 'openPanel app.html']);
  });

  it('says why nothing opens when Miro cannot open a panel now', async () => {
    const { sdk, calls, click, done } = fakeSdk(false);
    registerIconClick(sdk);
    click();
    await done;
    expect(calls).toEqual(['canOpenPanel', `showInfo ${PANEL_BUSY_MESSAGE}`]);
  });
});
