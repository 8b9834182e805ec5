// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { lanesSection, renderCustomise } from '../test/renderPanel.tsx';

afterEach(cleanup);

type Rendered = Awaited<ReturnType<typeof renderCustomise>>;

const insertedLanes = async ({ user, board }: Rendered) => {
  await user.click(screen.getByRole('button', { name: 'Insert map' }));
  return board.lastPlan?.grid.lanes;
};

describe('lanes editor', () => {
  it('lists the template lanes, all picked', async () => {
    await renderCustomise();
    const boxes = within(lanesSection()).getAllByRole<HTMLInputElement>('checkbox');
    expect(boxes.map((box) => box.checked)).toEqual([true, true, true, true, true, true]);
    expect(screen.getByRole('checkbox', { name: 'Include Thoughts' })).toBeTruthy();
  });

  it('leaves an unpicked lane out of the inserted map and keeps its row', async () => {
    const rendered = await renderCustomise();
    await rendered.user.click(screen.getByRole('checkbox', { name: 'Include Thoughts' }));
    const box = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Include Thoughts' });
    expect(box.checked).toBe(false);
    expect((await insertedLanes(rendered))?.map((lane) => lane.id)).toEqual([
      'actions',
      'touchpoints',
      'emotions',
      'painPoints',
      'opportunities',
    ]);
  });

  it('picks a lane back where it was', async () => {
    const rendered = await renderCustomise();
    const { user } = rendered;
    await user.click(screen.getByRole('checkbox', { name: 'Include Thoughts' }));
    await user.click(screen.getByRole('checkbox', { name: 'Include Thoughts' }));
    expect((await insertedLanes(rendered))?.[2]).toEqual({
      id: 'thoughts',
      name: 'Thoughts',
      kind: 'thoughts',
    });
  });

  it('adds a custom lane with a name and a kind', async () => {
    const rendered = await renderCustomise();
    const { user } = rendered;
    await user.type(screen.getByLabelText('Lane name'), 'Staff involved');
    await user.selectOptions(screen.getByLabelText('Kind'), 'Frontstage');
    await user.click(screen.getByRole('button', { name: 'Add custom lane' }));
    expect((await insertedLanes(rendered))?.at(-1)).toEqual({
      id: 'lane-7',
      name: 'Staff involved',
      kind: 'frontstage',
    });
  });

  it('adds a custom lane of kind Custom by default', async () => {
    const rendered = await renderCustomise();
    await rendered.user.type(screen.getByLabelText('Lane name'), 'Partners{Enter}');
    expect((await insertedLanes(rendered))?.at(-1)).toEqual({
      id: 'lane-7',
      name: 'Partners',
      kind: 'custom',
    });
  });

  it('removes a custom lane', async () => {
    const rendered = await renderCustomise();
    const { user } = rendered;
    await user.type(screen.getByLabelText('Lane name'), 'Partners{Enter}');
    await user.click(screen.getByRole('button', { name: 'Remove lane 7' }));
    expect(await insertedLanes(rendered)).toHaveLength(6);
  });

  it('offers no remove button for template lanes', async () => {
    await renderCustomise();
    expect(within(lanesSection()).queryAllByRole('button', { name: /^Remove lane/ })).toEqual([]);
  });

  it('renames and moves lanes', async () => {
    const rendered = await renderCustomise();
    const { user } = rendered;
    const input = screen.getByLabelText('Lane 4 name (Emotions)');
    await user.clear(input);
    await user.type(input, 'Feelings');
    await user.click(screen.getByRole('button', { name: 'Move lane 4 up' }));
    expect((await insertedLanes(rendered))?.slice(2, 4)).toEqual([
      { id: 'emotions', name: 'Feelings', kind: 'emotions' },
      { id: 'thoughts', name: 'Thoughts', kind: 'thoughts' },
    ]);
  });
});
