// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { failAt } from '../board/emulator/faults.ts';
import { MiroEmulator } from '../board/emulator/MiroEmulator.ts';
import { MiroBoard } from '../board/miro/MiroBoard.ts';
import { App } from './App.tsx';

afterEach(cleanup);

/** The real panel over the real adapter, on the emulator instead of Miro. */
function renderOnEmulator(emulator = new MiroEmulator()) {
  const user = userEvent.setup();
  render(<App board={new MiroBoard(emulator, { retry: { delays: [], sleep: async () => {} } })} />);
  return { emulator, user };
}

describe('the panel on the emulated board', () => {
  it('inserts the customised map as a frame on the board', async () => {
    const { emulator, user } = renderOnEmulator();
    await user.click(screen.getByRole('button', { name: 'Customise Current-state map' }));
    const title = screen.getByRole('textbox', { name: 'Map title' });
    await user.clear(title);
    await user.type(title, 'Checkout journey');
    await user.click(screen.getByRole('button', { name: 'Insert map' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/Checkout journey/);
    const frames = emulator.items().filter((item) => item.type === 'frame');
    expect(frames.map((frame) => frame.type === 'frame' && frame.title)).toEqual([
      'Checkout journey',
    ]);
  });

  it('shows what went wrong and leaves the board as it was', async () => {
    const emulator = new MiroEmulator();
    emulator.faults = failAt(12, new Error('Board is read-only'));
    const { user } = renderOnEmulator(emulator);
    await user.click(screen.getByRole('button', { name: 'Insert Current-state map' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The map could not be inserted (Board is read-only). Nothing was left on the board.',
    );
    expect(emulator.items()).toEqual([]);
  });
});
