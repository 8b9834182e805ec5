// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderCustomise } from '../test/renderPanel.tsx';

afterEach(cleanup);

const personaText = (board: Awaited<ReturnType<typeof renderCustomise>>['board']) =>
  board.lastPlan?.items
    .filter((item) => item.role === 'persona' && item.kind === 'shape')
    .flatMap((item) => (item.kind === 'shape' ? item.lines.map((line) => line.text) : []))
    .join('\n');

describe('persona, title and samples', () => {
  it('puts the persona on the inserted map', async () => {
    const { user, board } = await renderCustomise();
    await user.type(screen.getByLabelText('Name'), 'Dana Li');
    await user.type(screen.getByLabelText('Role'), 'First-time buyer');
    await user.type(screen.getByLabelText('Goal'), 'Find a bike quickly');
    await user.type(screen.getByLabelText('Frustration'), 'Hidden fees');
    await user.click(screen.getByRole('button', { name: 'Insert map' }));
    const text = personaText(board);
    expect(text).toContain('Dana Li');
    expect(text).toContain('First-time buyer');
    expect(text).toContain('Find a bike quickly');
    expect(text).toContain('Hidden fees');
  });

  it('inserts the map under the title typed', async () => {
    const { user, board } = await renderCustomise();
    const title = screen.getByLabelText('Map title');
    await user.clear(title);
    await user.type(title, 'Bike shop journey');
    await user.click(screen.getByRole('button', { name: 'Insert map' }));
    expect(board.lastPlan?.title).toBe('Bike shop journey');
  });

  it('offers sample stickies only for templates that have them', async () => {
    await renderCustomise();
    expect(screen.queryByRole('checkbox', { name: 'Include sample stickies' })).toBeNull();
  });

  it('inserts a worked example without its sample stickies when unticked', async () => {
    const { user, board } = await renderCustomise('Example: online grocery');
    const samples = screen.getByRole<HTMLInputElement>('checkbox', {
      name: 'Include sample stickies',
    });
    expect(samples.checked).toBe(true);
    await user.click(samples);
    await user.click(screen.getByRole('button', { name: 'Insert map' }));
    expect(board.lastPlan?.items.filter((item) => item.kind === 'note')).toEqual([]);
  });
});
