import { describe, expect, it } from 'vitest';
import { rectContains, rectsOverlap } from '../geometry/Rect.ts';
import type { PlanItem, SummaryPlan } from '../layout/BoardPlan.ts';
import type { JourneyMap } from '../model/journey.schema.ts';
import { sampleReport } from '../../test/sampleReport.ts';
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

const NOW = '2026-12-02T09:30:00.000Z';
const plan = layoutSummary(report, NOW);
const byRoleOf = (of: SummaryPlan, role: PlanItem['role']) =>
  of.items.filter((item) => item.role === role);
const byRole = (role: PlanItem['role']) => byRoleOf(plan, role);

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

  it('ranks the top three pain points, a tie said as one, and writes no zero vote count', () => {
    const texts = byRole('summaryFinding').map(textOf);
    // votes 4, 3, 2, 1 with no other weight: four ranks, no tie
    expect(texts).toContain(
      'Top pain points\n1. Fees shown late — Purchase (4 votes)\n2. Slow checkout — Purchase (3 votes)\n3. No PayPal — Purchase (2 votes)',
    );
    const [first, second] = report.topPainPoints;
    if (!first || !second) throw new Error('no pain points');
    const tied = {
      ...report,
      topPainPoints: [
        first,
        { ...second, votes: 0 },
        { ...second, text: 'Too many ads', votes: 0 },
      ],
    };
    expect(byRoleOf(layoutSummary(tied, NOW), 'summaryFinding').map(textOf)).toContain(
      'Top pain points\n1. Fees shown late — Purchase (4 votes)\n=2. Slow checkout — Purchase\n=2. Too many ads — Purchase',
    );
    const allTied = {
      ...report,
      topPainPoints: report.topPainPoints.map((pain) => ({ ...pain, votes: 1 })),
    };
    expect(byRoleOf(layoutSummary(allTied, NOW), 'summaryFinding').map(textOf)).toContain(
      'Top pain points (all 4 tie, so in stage order)\n• Fees shown late — Purchase (1 vote)\n• Slow checkout — Purchase (1 vote)\n• No PayPal — Purchase (1 vote)',
    );
  });

  it('shows every finding with its advice', () => {
    const findings = byRole('summaryFinding').filter((item) => item.kind === 'shape');
    expect(findings.map(textOf)).toEqual(
      [1, 2, 3, 4, 5, 6].map((i) => `Finding ${i}\nAdvice ${i}`),
    );
  });

  it('says whose journey it is and the report’s date in words, or that no persona is named', () => {
    const [sample] = sampleReport().maps;
    if (!sample) throw new Error('no map');
    expect(byRoleOf(layoutSummary(sample, NOW), 'summaryHeading').map(textOf)[0]).toBe(
      'Persona: Ana, Busy parent · 2 December 2026',
    );
    expect(byRole('summaryHeading').map(textOf)[0]).toBe('No persona named · 2 December 2026');
  });

  it('writes the whole summary as text a team can show, with no board id', () => {
    const sample = sampleReport();
    const [only] = sample.maps;
    if (!only) throw new Error('no map');
    const summary = layoutSummary(only, sample.generatedAt);
    const texts = summary.items.map(textOf).filter((text) => text !== '');
    expect(texts.join('\n\n')).toMatchInlineSnapshot(`
      "Summary — Checkout

      Persona: Ana, Busy parent · 1 June 2025

      Lowest moment: Purchase (−1.5): “-2 Angry”; “Unsure”
      Highest moment: Awareness (+1): “Curious 🙂”

      Emotion curve and stage by stage

      +2

      0

      −2

      Awareness
      +1

      Feels (+1)
      “Curious 🙂”

      Purchase
      −1.5

      Feels (−1.5)
      “-2 Angry”; “Unsure”
      What hurts
      “Hidden delivery fee” (3 votes)
      Could be better
      “Show fees upfront”

      Use
      —

      What hurts
      “App logs me out”

      Top pain points
      1. Hidden delivery fee — Purchase (3 votes)
      2. App logs me out — Use

      Health checks

      Use has no emotion recorded.
      Ask how the customer feels at this stage, negative feelings included."
    `);
    for (const id of ['3458764590001', 'p1', 'e1', 'u1', 's1', 'feel'])
      expect(texts.join(' ')).not.toMatch(new RegExp(`\\b${id}\\b`, 'u'));
  });

  it('tells each stage’s story in a card under its point, the cards one height and top-aligned', () => {
    const [sample] = sampleReport().maps;
    if (!sample) throw new Error('no map');
    const summary = layoutSummary(sample, NOW);
    const stories = byRoleOf(summary, 'summaryStory');
    expect(stories.map(textOf)).toEqual([
      'Feels (+1)\n“Curious 🙂”',
      'Feels (−1.5)\n“-2 Angry”; “Unsure”\nWhat hurts\n“Hidden delivery fee” (3 votes)\nCould be better\n“Show fees upfront”',
      'What hurts\n“App logs me out”',
    ]);
    expect(new Set(stories.map((item) => item.rect.height)).size).toBe(1);
    expect(new Set(stories.map((item) => item.rect.y)).size).toBe(1);
    expect(
      stories.every((item) => item.kind === 'shape' && item.style.textAlignVertical === 'top'),
    ).toBe(true);
    // each card sits in its stage's column, below that stage's name
    const names = byRoleOf(summary, 'curveStage');
    stories.forEach((story, index) => {
      const name = names[index];
      if (!name) throw new Error('no stage name');
      expect(story.rect.x).toBeGreaterThanOrEqual(name.rect.x);
      expect(story.rect.x + story.rect.width).toBeLessThanOrEqual(name.rect.x + name.rect.width);
      expect(story.rect.y).toBeGreaterThanOrEqual(name.rect.y + name.rect.height);
    });
  });

  it('says a stage with no note has nothing noted yet', () => {
    const stories = byRole('summaryStory').map(textOf);
    expect(stories).toEqual(Array(4).fill('Nothing is noted at this stage yet.'));
  });

  it('gives each stage a readable column: wider frames for more stages', () => {
    // 2 × 60 padding + 80 axis labels + 4 × 400: 1800
    expect(plan.frame.width).toBe(1800);
    const two = { ...report, curve: report.curve.slice(0, 2) };
    // 2 × 400 + 200 would be 1000: the frame keeps its 1600 minimum
    expect(layoutSummary(two, NOW).frame.width).toBe(1600);
    expect(layoutSummary(report, NOW, { width: 2000 }).frame.width).toBe(2000);
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
