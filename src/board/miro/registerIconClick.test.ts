import { describe, expect, it } from 'vitest';
import { registerIconClick } from './registerIconClick.ts';
import type { MiroSdk } from './sdk.ts';

describe('registerIconClick', () => {
  it('opens the panel page when the app icon is clicked', async () => {
    const handlers: ((event: { items: [] }) => void)[] = [];
    const opened: unknown[] = [];
    const ui: Pick<MiroSdk['board']['ui'], 'on' | 'openPanel'> = {
      on: (_event, handler) => void handlers.push(handler),
      openPanel: async (options) => void opened.push(options),
    };
    registerIconClick({ board: { ui } } as MiroSdk);
    expect(opened).toEqual([]);
    handlers.forEach((handler) => handler({ items: [] }));
    await Promise.resolve();
    expect(opened).toEqual([{ url: 'app.html' }]);
  });
});
