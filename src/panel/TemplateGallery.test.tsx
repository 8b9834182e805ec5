// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { catalog } from '../core/catalog/catalog.ts';
import type { Template } from '../core/model/template.schema.ts';
import { TemplateGallery } from './TemplateGallery.tsx';

afterEach(cleanup);

const renderGallery = (templates: readonly Template[]) =>
  render(
    <TemplateGallery
      templates={templates}
      busy={false}
      onCustomise={() => {}}
      onInsert={() => {}}
    />,
  );

const namesIn = (group: string) =>
  within(screen.getByRole('list', { name: group }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

const byMapType = (examples: boolean) =>
  catalog.filter((template) => (template.mapType === 'example') === examples);

describe('the template gallery', () => {
  it('puts the blank map types before the worked examples, under their own headings', () => {
    renderGallery([...catalog].reverse());
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Map types',
      'Worked examples',
    ]);
    const [mapTypes, examples] = screen.getAllByRole('list');
    expect(mapTypes?.getAttribute('aria-label')).toBe('Map types');
    expect(examples?.getAttribute('aria-label')).toBe('Worked examples');
  });

  it('keeps the order it is given inside each group', () => {
    const [blank1, blank2] = byMapType(false);
    const [example1, example2] = byMapType(true);
    if (!blank1 || !blank2 || !example1 || !example2)
      throw new Error('the catalog needs two blank types and two examples');
    renderGallery([example2, blank2, example1, blank1]);
    expect(namesIn('Map types')).toEqual([blank2.name, blank1.name]);
    expect(namesIn('Worked examples')).toEqual([example2.name, example1.name]);
  });

  it('shows every shipped blank type first, in catalog order', () => {
    renderGallery(catalog);
    expect(namesIn('Map types')).toEqual(byMapType(false).map((template) => template.name));
    expect(namesIn('Worked examples')).toEqual(byMapType(true).map((template) => template.name));
    expect(namesIn('Map types')).toEqual([
      'Current-state map',
      'Future-state map',
      'Day in the life',
      'Service blueprint',
    ]);
  });

  it('leaves out a group with no templates', () => {
    renderGallery(byMapType(false));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Map types',
    ]);
    expect(screen.queryByRole('list', { name: 'Worked examples' })).toBeNull();
  });

  it('gives each card its full description on hover and named buttons', () => {
    const [template] = catalog;
    if (!template) throw new Error('the catalog is empty');
    renderGallery([template]);
    const card = within(screen.getByRole('listitem'));
    expect(card.getByText(template.description).getAttribute('title')).toBe(template.description);
    expect(card.getByRole('button', { name: `Customise ${template.name}` })).toBeTruthy();
    expect(card.getByRole('button', { name: `Insert ${template.name}` })).toBeTruthy();
  });
});
