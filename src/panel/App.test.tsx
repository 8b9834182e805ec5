// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { catalog } from '../core/catalog/catalog.ts';
import { renderPanel } from '../test/renderPanel.tsx';

afterEach(cleanup);

describe('App', () => {
  it('shows only the Templates tab', () => {
    renderPanel();
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Templates']);
    expect(screen.getByRole('tab', { name: 'Templates' }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('lists every catalog template with its name, description and a preview', () => {
    renderPanel();
    const cards = within(screen.getByRole('list', { name: 'Templates' })).getAllByRole('listitem');
    expect(cards).toHaveLength(catalog.length);
    catalog.forEach((template, index) => {
      const card = within(cards[index] as HTMLElement);
      expect(card.getByRole('heading').textContent).toBe(template.name);
      expect(card.getByText(template.description)).toBeTruthy();
      expect(card.getByRole('img').getAttribute('aria-label')).toMatch(/^Preview: /);
    });
  });

  it('inserts a template with its defaults from the gallery in one click', async () => {
    const { board, user } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Insert Service blueprint' }));
    expect(board.plans).toHaveLength(1);
    expect(board.lastPlan?.structure.templateId).toBe('service-blueprint');
    expect(board.lastPlan?.structure.stages.map((stage) => stage.name)).toEqual([
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
    expect(screen.getByRole('list', { name: 'Templates' })).toBeTruthy();
  });
});
