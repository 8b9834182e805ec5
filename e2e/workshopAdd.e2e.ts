import { describe, expect, it } from 'vitest';
import { browserSession, openPanel, openSandbox, type Session } from './browser.ts';

const session = browserSession({ width: 1440, height: 900 });

/** Where the sticky note with this text is centred on the board, and its frame. */
async function noteAt(page: Session['page'], text: string) {
  return page.evaluate((wanted) => {
    const note = window.journeyMapperSandbox?.miro
      .items()
      .find((item) => item.type === 'sticky_note' && item.content.includes(wanted));
    if (!note || note.type !== 'sticky_note') throw new Error(`no note “${wanted}”`);
    return { id: note.id, x: note.boardX, y: note.boardY, parentId: note.parentId };
  }, text);
}

describe('adding to cells and tidying from the Workshop tab', () => {
  it('adds notes to chosen cells, tidies a note dragged over a border, and undoes the tidy', async () => {
    await openSandbox(session);
    const panel = await openPanel(session);
    await panel.getByRole('button', { name: 'Insert Current-state map' }).click();
    await panel.getByRole('status').filter({ hasText: 'Inserted' }).waitFor();
    await panel.getByRole('tab', { name: 'Workshop' }).click();
    const grid = panel.getByRole('region', { name: /: cells$/ });
    await grid.getByRole('button', { name: /^Purchase × Pain points: empty/ }).click();

    const add = panel.getByRole('region', { name: 'Add to a cell' });
    await add.getByLabel('Notes, one per line').fill('Fees shown late\nSlow checkout');
    await add.getByRole('button', { name: 'Add notes' }).click();
    await add.getByText('Added 2 notes.').waitFor();
    await add.getByLabel('Lane').selectOption({ label: 'Emotions' });
    await add.getByRole('radio', { name: '+1' }).check();
    await add.getByLabel('Notes, one per line').fill('Relieved');
    await add.getByRole('button', { name: 'Add notes' }).click();
    await add.getByText('Added 1 note.').waitFor();

    // readback places a note by its centre: the grid counts them in the cells chosen
    await grid.getByRole('button', { name: /^Purchase × Pain points: 2 notes/ }).waitFor();
    await grid.getByRole('button', { name: /^Purchase × Emotions: 1 note/ }).waitFor();
    const fees = await noteAt(session.page, 'Fees shown late');
    const slow = await noteAt(session.page, 'Slow checkout');
    await noteAt(session.page, '+1 Relieved');
    expect(fees.parentId).not.toBeNull();
    // side by side in the cell's first row, not on top of each other
    expect(slow.y).toBe(fees.y);
    expect(slow.x - fees.x).toBeGreaterThanOrEqual(199);

    await panel.getByRole('tab', { name: 'Report' }).click();
    const report = panel.getByRole('region', { name: /Current-state journey map/ });
    await report.getByRole('button', { name: /Purchase × Pain points: 2 notes/ }).waitFor();
    await report.getByRole('button', { name: /Purchase × Emotions: 1 note/ }).waitFor();

    // a person drags the note 60 to the left: 40 of it over the cell's left border, its
    // centre still inside
    await session.page.evaluate(
      (id) => window.journeyMapperSandbox?.miro.user.moveItems([id], -60, 0),
      fees.id,
    );
    await panel.getByRole('tab', { name: 'Workshop' }).click();
    const tidy = panel.getByRole('region', { name: 'Tidy' });
    await tidy.getByRole('button', { name: 'Tidy the map' }).click();
    await tidy.getByText('1 note will move.').waitFor();
    expect(await tidy.getByRole('listitem').textContent()).toBe(
      'Purchase × Pain points: Fees shown late',
    );
    await tidy.getByRole('button', { name: 'Move them' }).click();
    await tidy.getByText('Moved 1 note.').waitFor();
    expect(await noteAt(session.page, 'Fees shown late')).toEqual(fees);

    await session.page.getByTestId('sandbox-undo').click();
    expect(await noteAt(session.page, 'Fees shown late')).toEqual({ ...fees, x: fees.x - 60 });
    expect(session.pageErrors).toEqual([]);
  });
});
