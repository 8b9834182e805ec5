// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CurvePoint } from '../core/report/Report.ts';
import { EmotionCurve } from './EmotionCurve.tsx';

afterEach(cleanup);

const point = (stageName: string, score: number | null): CurvePoint => ({
  stageId: stageName.toLowerCase(),
  stageName,
  score,
});

function drawCurve(curve: CurvePoint[]) {
  render(<EmotionCurve curve={curve} title="Checkout" />);
  return screen.getByRole('img', { name: 'Emotion curve of Checkout' });
}

const labels = (svg: Element) =>
  [...svg.querySelectorAll('.jm-curve-stage')].map((label) => label.lastChild?.textContent);

describe('EmotionCurve', () => {
  it('names each stage under its point, left to right', () => {
    const svg = drawCurve([point('Awareness', 1), point('Purchase', -1.5), point('Use', 0)]);
    expect(labels(svg)).toEqual(['Awareness', 'Purchase', 'Use']);
  });

  it('shortens names to their column and keeps the full name and score in the tooltip', () => {
    const names = ['Awareness', 'Consideration', 'Purchase', 'Delivery', 'Onboarding', 'Use'];
    const svg = drawCurve([...names.map((name) => point(name, 1)), point('Loyalty', null)]);
    // 7 columns of (280 − 24) / 7 ≈ 36.6 units: two label rows, (2 × 36.6 − 4) / 5.6 → 12 characters
    expect(labels(svg)).toEqual([
      'Awareness',
      'Considerati…',
      'Purchase',
      'Delivery',
      'Onboarding',
      'Use',
      'Loyalty',
    ]);
    cleanup();
    const eight = drawCurve(
      ['Discover the offer', ...names, 'Loyalty and advocacy'].map((name) => point(name, 0)),
    );
    // 8 columns of 32 units: (64 − 4) / 5.6 → 10 characters
    expect(labels(eight)[0]).toBe('Discover…');
    expect(labels(eight)[7]).toBe('Loyalty…');
    const titles = [...eight.querySelectorAll('.jm-curve-stage title')].map((t) => t.textContent);
    expect(titles[7]).toBe('Loyalty and advocacy: 0');
  });

  it('breaks the line at a stage with no score and marks that stage', () => {
    const svg = drawCurve([
      point('Awareness', 1),
      point('Purchase', -1),
      point('Delivery', null),
      point('Use', 2),
    ]);
    const lines = [...svg.querySelectorAll('.jm-curve-line')];
    expect(lines.map((line) => line.getAttribute('points')?.split(' ').length)).toEqual([2, 1]);
    const gaps = [...svg.querySelectorAll('.jm-curve-gap title')].map((t) => t.textContent);
    expect(gaps).toEqual(['Delivery: no score']);
    expect(svg.querySelectorAll('.jm-curve-point')).toHaveLength(3);
    expect(svg.querySelector('.jm-curve-stage-unscored')?.lastChild?.textContent).toBe('Delivery');
  });
});
