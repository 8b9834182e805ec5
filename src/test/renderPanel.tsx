import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../panel/App.tsx';
import type { Clock } from '../panel/Clock.ts';
import { FakeBoard } from './fakeBoard.ts';

/** Renders the panel over a fresh FakeBoard; on the system's clock unless given one. */
export function renderPanel(board = new FakeBoard(), clock?: Clock) {
  const user = userEvent.setup();
  render(<App board={board} clock={clock} />);
  return { board, user };
}

/** Renders the panel and opens the customise view of the template named `name`. */
export async function renderCustomise(name = 'Current-state map', board = new FakeBoard()) {
  const rendered = renderPanel(board);
  await rendered.user.click(screen.getByRole('button', { name: `Customise ${name}` }));
  return rendered;
}

export function stagesSection(): HTMLElement {
  return screen.getByRole('region', { name: /^Stages/ });
}

export function lanesSection(): HTMLElement {
  return screen.getByRole('region', { name: /^Lanes/ });
}

export function stageInputs(): HTMLInputElement[] {
  return within(stagesSection()).getAllByRole<HTMLInputElement>('textbox');
}
