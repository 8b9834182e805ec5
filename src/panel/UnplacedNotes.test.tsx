// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { boardRect } from '../core/geometry/Rect.ts';
import { UnplacedNotes } from './UnplacedNotes.tsx';

afterEach(cleanup);

const NOTES = [
  { id: 'a', text: 'Stray', reason: 'left of the first stage' },
  { id: 'b', text: '  ', reason: 'below the last lane' },
];

describe('UnplacedNotes', () => {
  it('offers "Zoom to" only for the notes whose place is known', () => {
    const rect = boardRect({ x: 0, y: 0, width: 10, height: 10 });
    render(<UnplacedNotes notes={NOTES} rects={{ a: rect }} onShow={() => {}} />);
    const [first, second] = screen.getAllByRole('listitem');
    expect(
      within(first as HTMLElement).getByRole('button', { name: 'Zoom to “Stray”' }),
    ).toBeTruthy();
    expect(second?.textContent).toBe('(no text)below the last lane');
    expect(within(second as HTMLElement).queryByRole('button')).toBeNull();
  });

  it('shows the actions given for each note beside "Zoom to"', () => {
    render(
      <UnplacedNotes
        notes={NOTES}
        rects={{}}
        onShow={() => {}}
        actionsFor={(note) => <button type="button">Put {note.id} in a cell</button>}
      />,
    );
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Put a in a cell',
      'Put b in a cell',
    ]);
  });
});
