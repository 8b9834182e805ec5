// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { findTemplate } from '../core/catalog/catalog.ts';
import { draftFromTemplate } from '../core/catalog/draftFromTemplate.ts';
import { layoutMap } from '../core/layout/layoutMap.ts';
import { MapPreview } from './MapPreview.tsx';

afterEach(cleanup);

describe('MapPreview', () => {
  const template = findTemplate('example-online-grocery');
  if (!template) throw new Error('the catalog has no online grocery example');
  const plan = layoutMap(template, draftFromTemplate(template));

  it('draws the frame and one rectangle per plan item, in frame units', () => {
    render(<MapPreview plan={plan} height={120} />);
    const svg = screen.getByRole('img');
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${plan.frame.width} ${plan.frame.height}`);
    expect(svg.querySelectorAll('rect')).toHaveLength(plan.items.length + 1);
  });

  it('fills sample stickies with their note colour', () => {
    render(<MapPreview plan={plan} height={120} />);
    const fills = [...screen.getByRole('img').querySelectorAll('rect')].map((rect) =>
      rect.getAttribute('fill'),
    );
    expect(fills).toContain('#fff9b1'); // light_yellow, the actions lane's colour
  });

  it('says what it shows', () => {
    render(<MapPreview plan={plan} height={120} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Preview: 6 stages, 6 lanes, 47 sample stickies',
    );
  });
});
