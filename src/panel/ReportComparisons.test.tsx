// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Comparison } from '../core/report/Report.ts';
import { sampleReport } from '../test/sampleReport.ts';
import { ReportComparisons } from './ReportComparisons.tsx';

afterEach(cleanup);

function comparisonOf(): Comparison {
  const comparison = sampleReport().comparisons[0];
  if (!comparison) throw new Error('the sample report has no comparison');
  return comparison;
}

function showComparison(comparison: Comparison) {
  render(<ReportComparisons comparisons={[comparison]} />);
  return screen.getByRole('region', { name: 'Checkout (as-is) → Checkout' });
}

describe('ReportComparisons', () => {
  it('shows the pain points the later map answers, with what answers them', () => {
    const region = showComparison(comparisonOf());
    expect(within(region).getByRole('heading', { name: 'Answered: 1 pain point' })).toBeTruthy();
    const [answered] = within(region).getAllByRole('list');
    expect(answered?.textContent).toBe('Purchase: Surprise costs — by Show fees upfront');
  });

  it('shows the pain points the later map leaves open', () => {
    const region = showComparison({
      ...comparisonOf(),
      unanswered: [
        { stageId: 's1', stageName: 'Awareness', painPoints: ['Ads confuse', 'No reviews'] },
        { stageId: 's3', stageName: 'Use', painPoints: ['App logs me out'] },
      ],
    });
    expect(within(region).getByRole('heading', { name: 'Still open: 3 pain points' })).toBeTruthy();
    const open = within(region).getAllByRole('list')[1];
    expect(
      within(open ?? region)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Awareness: Ads confuse; No reviews', 'Use: App logs me out']);
  });

  it('says so when the earlier map has no pain points', () => {
    const region = showComparison({ ...comparisonOf(), answered: [], unanswered: [] });
    expect(region.textContent).toContain('Checkout (as-is) lists no pain points.');
    expect(within(region).queryAllByRole('list')).toEqual([]);
  });
});
