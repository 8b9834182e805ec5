// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { failMethod } from '../board/emulator/faults.ts';
import { MiroEmulator } from '../board/emulator/MiroEmulator.ts';
import { MiroBoard } from '../board/miro/MiroBoard.ts';
import { layoutMap } from '../core/layout/layoutMap.ts';
import { sampleDraft, sampleTemplate } from '../test/sampleTemplate.ts';
import { SimulatedClock } from '../test/SimulatedClock.ts';
import { App } from './App.tsx';
import { REFRESH_DELAY_MS } from './useReportOnBoard.ts';

afterEach(cleanup);

/** The real panel over the real adapter, on the emulator instead of Miro. */
function renderOnEmulator(emulator = new MiroEmulator(), clock = new SimulatedClock()) {
  const user = userEvent.setup();
  const board = new MiroBoard(emulator, { retry: { delays: [], sleep: async () => {} } });
  render(<App board={board} clock={clock} />);
  return { emulator, user, clock };
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
    // the title shows once: in the title item, not as the frame's title
    expect(frames.map((frame) => frame.type === 'frame' && frame.title)).toEqual(['']);
    const texts = emulator.items().filter((item) => item.type === 'text');
    expect(texts.filter((item) => item.content.includes('Checkout journey'))).toHaveLength(1);
  });

  it('shows what went wrong and leaves the board as it was', async () => {
    const emulator = new MiroEmulator();
    // the first text fails: the lane bands and outlines are drawn by then, and must go again
    emulator.faults = failMethod('board.createText', {
      times: 1,
      error: new Error('Board is read-only'),
    });
    const { user } = renderOnEmulator(emulator);
    await user.click(screen.getByRole('button', { name: 'Insert Current-state map' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The map could not be inserted (Board is read-only). Nothing was left on the board.',
    );
    expect(emulator.items()).toEqual([]);
  });

  it('reports the notes a person adds to an inserted map, and follows their changes', async () => {
    const emulator = new MiroEmulator();
    const plan = layoutMap(sampleTemplate, sampleDraft({ title: 'Checkout journey' }));
    const { frameId } = await new MiroBoard(emulator).apply(plan);
    const frame = emulator.items().find((item) => item.id === frameId);
    if (frame?.type !== 'frame') throw new Error('no frame');
    // purchase is column [1880, 680], pain points row [2430, 520] of the frame
    const x = frame.boardX - frame.width / 2 + 1880 + 340;
    const y = frame.boardY - frame.height / 2 + 2430 + 260;
    emulator.user.addStickyNote({ x: x - 150, y, content: '<p>Fees shown late</p>' });
    const second = emulator.user.addStickyNote({ x: x + 150, y, content: '<p>Slow</p>' });
    const { user, clock } = renderOnEmulator(emulator);
    await user.click(screen.getByRole('tab', { name: 'Report' }));
    const section = await screen.findByRole('region', { name: 'Checkout journey' });
    expect(within(section).getByText('Recorded by the app')).toBeTruthy();
    const cell = 'Purchase × Pain points';
    expect(
      within(section).getByRole('button', { name: `${cell}: 2 notes — show on board` }),
    ).toBeTruthy();

    emulator.user.deleteItems([second]);
    await act(async () => {}); // the SDK delivers its events in microtasks
    act(() => clock.advance(REFRESH_DELAY_MS));
    await waitFor(() =>
      expect(
        within(section).getByRole('button', { name: `${cell}: 1 note — show on board` }),
      ).toBeTruthy(),
    );
    await user.click(
      within(section).getByRole('button', { name: `${cell}: 1 note — show on board` }),
    );
    expect(emulator.viewport).toEqual({
      x: frame.boardX - frame.width / 2 + 1880,
      y: frame.boardY - frame.height / 2 + 2430,
      width: 680,
      height: 520, // the grid ends where its labels end (R12)
    });
  });
});
