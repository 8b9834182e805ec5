import { describe, expect, it } from 'vitest';
import { rectContains, rectsOverlap } from '../geometry/Rect.ts';
import type { PlanItem } from '../layout/BoardPlan.ts';
import type { JourneyMap } from '../model/journey.schema.ts';
import { layoutSummary } from './layoutSummary.ts';
import type { Finding, MapReport } from './Report.ts';

const map: JourneyMap = {
  id: 'f1',
  title: 'Online grocery',
  structure: 'app',
  stages: [],
  lanes: [],
  persona: null,
  notes: [],
  unplaced: [],
  grid: { columns: [], rows: [] },
  modifiedAt: null,
};

function finding(index: number): Finding {
  return {
    id: 'stageWithoutTouchpoint',
    message: `Finding ${index}`,
    where: [],
    advice: `Advice ${index}`,
  };
}

const report: MapReport = {
  map,
  stages: [],
  curve: [
    { stageId: 'a', stageName: 'Awareness', score: -2 },
    { stageId: 'b', stageName: 'Purchase', score: 1.5 },
    { stageId: 'c', stageName: 'Use', score: null },
    { stageId: 'd', stageName: 'Loyalty', score: 2 },
  ],
  lowest: { stageId: 'a', stageName: 'Awareness', score: -2 },
  highest: { stageId: 'd', stageName: 'Loyalty', score: 2 },
  topPainPoints: ['Fees shown late', 'Slow checkout', 'No PayPal', 'Too many ads'].map(
    (text, index) => ({
      stageId: 'b',
      stageName: 'Purchase',
      text,
      noteIds: [`n${index}`],
      votes: 4 - index,
      mentions: 1,
      severity: 0,
    }),
  ),
  opportunities: [],
  unansweredPainPoints: [],
  emptyCells: [],
  findings: [1, 2, 3, 4, 5, 6].map(finding),
};

function textOf(item: PlanItem): string {
  return item.kind === 'note' ? item.text : item.lines.map((line) => line.text).join('\n');
}

const plan = layoutSummary(report);
const byRole = (role: PlanItem['role']) => plan.items.filter((item) => item.role === role);

describe('layoutSummary', () => {
  it('titles the frame after the map', () => {
    expect(plan.title).toBe('Summary — Online grocery');
    expect(byRole('summaryTitle').map(textOf)).toEqual(['Summary — Online grocery']);
  });

  it('draws one circle per scored stage, higher for a better score', () => {
    const points = byRole('curvePoint');
    expect(points.map((item) => item.kind === 'shape' && item.shape)).toEqual([
      'circle',
      'circle',
      'circle',
    ]);
    const [awareness, purchase, loyalty] = points.map((item) => item.rect);
    // −2 is the bottom of the 400-high plot, +2 its top: 400 * 3.5 / 4 = 350 apart from −2 to +1.5
    expect((awareness?.y ?? 0) - (purchase?.y ?? 0)).toBe(350);
    expect((awareness?.y ?? 0) - (loyalty?.y ?? 0)).toBe(400);
  });

  it('labels the axis and names every stage under it', () => {
    expect(byRole('curveLabel').map(textOf)).toEqual(['+2', '0', '−2']);
    expect(byRole('curveStage').map(textOf)).toEqual([
      'Awareness\n−2',
      'Purchase\n+1.5',
      'Use\n—',
      'Loyalty\n+2',
    ]);
  });

  it('draws the axis as two faint bands meeting at 0, beneath the curve', () => {
    const bands = byRole('curveBand');
    expect(bands.map((item) => item.layer)).toEqual(['background', 'background']);
    const [upper, lower] = bands.map((item) => item.rect);
    // each 200 high, half the 400-high plot; the upper one ends where the lower one starts
    expect([upper?.height, lower?.height]).toEqual([200, 200]);
    expect((upper?.y ?? 0) + (upper?.height ?? 0)).toBe(lower?.y);
    expect(
      bands.map(
        (item) => item.kind === 'shape' && [item.style.fillOpacity, item.style.borderWidth],
      ),
    ).toEqual([
      [0.1, 1],
      [0.1, 1],
    ]);
  });

  it('joins consecutive points with connectors, skipping unscored stages', () => {
    const points = plan.items.flatMap((item, index) => (item.role === 'curvePoint' ? [index] : []));
    expect(plan.connectors.map(({ fromIndex, toIndex }) => [fromIndex, toIndex])).toEqual([
      [points[0], points[1]],
      [points[1], points[2]],
    ]);
  });

  it('lists the lowest and highest moment and the top three pain points', () => {
    const texts = byRole('summaryFinding').map(textOf);
    expect(texts).toContain('Lowest moment: Awareness (−2)\nHighest moment: Loyalty (+2)');
    expect(texts).toContain(
      'Top pain points\n1. Fees shown late — Purchase (4 votes)\n2. Slow checkout — Purchase (3 votes)\n3. No PayPal — Purchase (2 votes)',
    );
  });

  it('shows every finding with its advice', () => {
    const findings = byRole('summaryFinding').filter((item) => item.kind === 'shape');
    expect(findings.map(textOf)).toEqual(
      [1, 2, 3, 4, 5, 6].map((i) => `Finding ${i}\nAdvice ${i}`),
    );
  });

  it('keeps every item inside the frame and content items apart', () => {
    const frame = { x: 0, y: 0, width: plan.frame.width, height: plan.frame.height };
    expect(plan.items.every((item) => rectContains(frame, item.rect))).toBe(true);
    const content = plan.items.filter((item) => item.layer === 'content');
    const overlapping = content.flatMap((a, i) =>
      content.slice(i + 1).filter((b) => rectsOverlap(a.rect, b.rect)),
    );
    expect(overlapping).toEqual([]);
  });
});
