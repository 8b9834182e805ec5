// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { catalog } from '../core/catalog/catalog.ts';
import { renderPanel } from '../test/renderPanel.tsx';

afterEach(cleanup);

describe('App', () => {
  it('opens on the Templates tab, with the Workshop and Report tabs next to it', () => {
    renderPanel();
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Templates',
      'Workshop',
      'Report',
    ]);
    expect(screen.getByRole('tab', { name: 'Templates' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(
      screen.getByRole('tab', { name: 'Templates' }).id,
    );
  });

  it('moves between tabs with the arrow keys, one tab stop for all', async () => {
    const { user } = renderPanel();
    const templates = screen.getByRole('tab', { name: 'Templates' });
    const workshop = screen.getByRole('tab', { name: 'Workshop' });
    const report = screen.getByRole('tab', { name: 'Report' });
    expect([templates.tabIndex, workshop.tabIndex, report.tabIndex]).toEqual([0, -1, -1]);
    templates.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(workshop);
    expect(workshop.getAttribute('aria-selected')).toBe('true');
    expect([templates.tabIndex, workshop.tabIndex, report.tabIndex]).toEqual([-1, 0, -1]);
    expect(screen.getByRole('tabpanel', { name: 'Workshop' })).toBeTruthy();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(report);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(templates);
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(report);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(report);
    await user.keyboard('{Home}');
    expect(templates.getAttribute('aria-selected')).toBe('true');
  });

  it('keeps a template being customised while the Report tab is open', async () => {
    const { user } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Customise Current-state map' }));
    await user.click(screen.getByRole('tab', { name: 'Report' }));
    await user.click(screen.getByRole('tab', { name: 'Templates' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Current-state map');
  });

  it('lists every catalog template with its name, description and a preview', async () => {
    renderPanel();
    const cards = ['Map types', 'Worked examples'].flatMap((group) =>
      within(screen.getByRole('list', { name: group })).getAllByRole('listitem'),
    );
    expect(cards).toHaveLength(catalog.length);
    for (const [index, template] of catalog.entries()) {
      const card = within(cards[index] as HTMLElement);
      expect(card.getByRole('heading').textContent).toBe(template.name);
      expect(card.getByText(template.description)).toBeTruthy();
      // the preview follows once the layout, loaded apart from the first page, is in
      expect((await card.findByRole('img')).getAttribute('aria-label')).toMatch(/^Preview: /);
    }
  });

  it('inserts a template with its defaults from the gallery in one click', async () => {
    const { board, user } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Insert Service blueprint' }));
    expect(board.plans).toHaveLength(1);
    expect(board.lastPlan?.items.find((item) => item.record?.role === 'title')?.record).toEqual({
      v: 2,
      role: 'title',
      template: 'service-blueprint',
      version: 1,
    });
    expect(board.lastPlan?.grid.stages.map((stage) => stage.name)).toEqual([
      'Discover',
      'Book',
      'Arrive',
      'Receive the service',
      'Pay',
      'Follow up',
    ]);
    expect((await screen.findByRole('status')).textContent).toMatch(/^Inserted “/);
  });

  it('opens the customise view and comes back to the gallery', async () => {
    const { user } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Customise Current-state map' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Current-state map');
    await user.click(screen.getByRole('button', { name: '← All templates' }));
    expect(screen.getByRole('list', { name: 'Map types' })).toBeTruthy();
  });
});
