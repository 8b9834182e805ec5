// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BoardMenu } from './BoardMenu.tsx';

afterEach(cleanup);

function renderMenu() {
  const handlers = { onExport: vi.fn(), onImport: vi.fn(), onReset: vi.fn() };
  render(<BoardMenu {...handlers} />);
  return { ...handlers, user: userEvent.setup() };
}

describe('BoardMenu', () => {
  it('resets only after the confirmation', async () => {
    const { onReset, user } = renderMenu();
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(onReset).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: /^Reset board/ }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it('keeps the board when the reset is cancelled', async () => {
    const { onReset, user } = renderMenu();
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onReset).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Reset' })).toBeTruthy();
  });

  it('hands over the chosen file', async () => {
    const { onImport, user } = renderMenu();
    const file = new File(['[]'], 'board.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Import'), file);
    expect(onImport).toHaveBeenCalledWith(file);
  });
});
