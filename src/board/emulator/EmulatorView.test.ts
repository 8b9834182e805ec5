import { describe, expect, it } from 'vitest';
import { openEmulator, type EmulatorView } from './EmulatorView.ts';

describe("the sandbox's view of the emulator", () => {
  it('opens an empty board without a state', () => {
    const view: EmulatorView = openEmulator();
    expect(view.items()).toEqual([]);
  });

  it('opens the board a state holds, as the person left it', () => {
    const before = openEmulator();
    const id = before.user.addStickyNote({ x: 10, y: 20, content: '<p>Hidden fees</p>' });
    before.user.setViewport({ x: 0, y: 0, width: 800, height: 600 });
    const view: EmulatorView = openEmulator(before.exportState());
    expect(view.items().map((item) => [item.id, item.boardX, item.boardY])).toEqual([[id, 10, 20]]);
    expect(view.viewport).toEqual({ x: 0, y: 0, width: 800, height: 600 });
  });
});
