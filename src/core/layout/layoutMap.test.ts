import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameRect, rectContains, rectsOverlap, type Rect } from '../geometry/Rect.ts';
import { gridCell } from '../model/Grid.ts';
import { LANE_KINDS, type LaneKind } from '../model/laneKind.ts';
import { buildDraft, buildTemplate } from '../../test/buildTemplate.ts';
import type { PlanItem } from './BoardPlan.ts';
import { layoutMap } from './layoutMap.ts';

const template = buildTemplate();
const plan = layoutMap(template, buildDraft(template));
const byRole = (items: PlanItem[], role: PlanItem['role']) =>
  items.filter((item) => item.role === role);

describe('layoutMap', () => {
  it('sizes the frame from stages and lanes', () => {
    // width: 80 padding + 360 label column + 6 × 680 + 80 = 4600
    // height: grid top 690 (80 + 110 title + 40 + 280 cards + 40 + 140 headers)
    //         + 5 × 520 + 650 emotions lane + 80 padding = 4020
    expect(plan.frame).toEqual({ width: 4600, height: 4020, fillColor: '#ffffff' });
  });

  it('draws one header per stage, left to right, recording the stage id and order', () => {
    const headers = byRole(plan.items, 'stageHeader');
    expect(headers.map((item) => (item.kind === 'shape' ? item.lines[0]?.text : ''))).toEqual([
      'Awareness',
      'Consideration',
      'Purchase',
      'Onboarding',
      'Usage',
      'Loyalty',
    ]);
    // second column starts at 440 + 680 = 1120; inset 8; header row at 550
    expect(headers[1]?.rect).toEqual({ x: 1128, y: 558, width: 664, height: 124 });
    expect(headers[1]?.record).toEqual({ v: 2, role: 'stage', id: 'consideration', order: 1 });
  });

  it('draws one label per lane, top to bottom, recording the lane id, kind and order', () => {
    const labels = byRole(plan.items, 'laneLabel');
    expect(labels.map((item) => item.record)).toEqual(
      template.lanes.map((lane, order) => ({
        v: 2,
        role: 'lane',
        id: lane.id,
        kind: lane.kind,
        order,
      })),
    );
    // the emotions lane (4th) starts at 690 + 3 × 520 = 2250 and leaves 90 for its scale
    expect(labels[3]?.rect).toEqual({ x: 88, y: 2258, width: 254, height: 634 });
  });

  it('shows the emotion scale from +2 at the top to −2 at the bottom', () => {
    const marks = byRole(plan.items, 'scaleMark');
    expect(marks.map((item) => (item.kind === 'text' ? item.lines[0]?.text : ''))).toEqual([
      '+2',
      '+1',
      '0',
      '−1',
      '−2',
    ]);
    // rows of 130 from 2250, a 50-high mark centred: 2250 + 40, then + 130 each
    expect(marks.map((item) => item.rect.y)).toEqual([2290, 2420, 2550, 2680, 2810]);
  });

  it('keeps cells implicit: bands on every other lane and an outline per column', () => {
    expect(byRole(plan.items, 'laneBand')).toHaveLength(3);
    const columns = byRole(plan.items, 'stageColumn');
    // 6 outlines from the grid top (690) to its bottom (690 + 5 × 520 + 650 = 3940)
    expect(columns.map((item) => item.rect)).toEqual(
      [440, 1120, 1800, 2480, 3160, 3840].map((x) => ({ x, y: 690, width: 680, height: 3250 })),
    );
    // 3 bands + 6 outlines + title + persona + 6 headers + 6 labels + 5 scale marks
    expect(plan.items).toHaveLength(28);
  });

  it('draws the grid’s lines as the borders of its columns, 2 wide, with no fill', () => {
    const [column] = byRole(plan.items, 'stageColumn');
    expect(column?.kind === 'shape' && column.style).toMatchObject({
      fillOpacity: 0,
      borderWidth: 2,
      borderColor: '#c3c6d4',
    });
  });

  it('records the template on the title and what the cards are', () => {
    expect(byRole(plan.items, 'title')[0]?.record).toEqual({
      v: 2,
      role: 'title',
      template: 'test-map',
      version: 1,
    });
    expect(byRole(plan.items, 'persona').map((item) => item.record)).toEqual([
      { v: 2, role: 'persona' },
    ]);
  });

  it('plans the grid in frame-local units', () => {
    expect(plan.grid.columns[0]).toEqual({ start: 440, end: 1120 }); // 440 + 680
    expect(plan.grid.rows[3]).toEqual({ start: 2250, end: 2900 }); // 2250 + 650
    expect(plan.grid.rows[5]).toEqual({ start: 3420, end: 3940 }); // 2250 + 650 + 520, + 520
  });

  it('writes the persona card, or asks who the journey is for', () => {
    const named = layoutMap(
      template,
      buildDraft(template, {
        persona: {
          name: 'Maya',
          role: 'Busy parent',
          goals: 'Save time',
          frustrations: 'Late deliveries',
        },
      }),
    );
    const card = byRole(named.items, 'persona')[0];
    expect(card?.kind === 'shape' && card.lines).toEqual([
      { text: 'Persona: Maya — Busy parent', strong: true },
      { text: 'Goals: Save time' },
      { text: 'Frustrations: Late deliveries' },
    ]);
    const blank = byRole(plan.items, 'persona')[0];
    expect(blank?.kind === 'shape' && blank.lines[0]?.text).toBe(
      'Persona: who is this journey for?',
    );
  });

  it('places samples in their cells, three across and two down', () => {
    const withSamples = buildTemplate({
      mapType: 'example',
      samples: Array.from({ length: 5 }, (_, i) => ({
        stage: 'purchase',
        lane: 'actions',
        text: `Step ${i}`,
      })),
    });
    const notes = byRole(layoutMap(withSamples, buildDraft(withSamples)).items, 'sample');
    // purchase column at 440 + 2 × 680 = 1800; actions row at 690; slot 4 is column 1, row 1
    expect(notes[4]?.rect).toEqual({
      x: 1800 + 20 + 219,
      y: 690 + 20 + 248,
      width: 199,
      height: 228,
    });
    expect(notes[4]?.kind === 'note' && notes[4].color).toBe('light_yellow');
  });

  it('places an emotion sample on the row of its score', () => {
    const withEmotion = buildTemplate({
      mapType: 'example',
      samples: [{ stage: 'awareness', lane: 'emotions', text: '😞 Lost', emotion: -2 }],
    });
    const [note] = byRole(layoutMap(withEmotion, buildDraft(withEmotion)).items, 'sample');
    // bottom row of the scale: 2250 + 4 × 130, the 114.57-high note centred in 130
    expect(note?.rect.y).toBeCloseTo(2250 + 520 + (130 - 114.57) / 2, 1);
    expect(note?.rect.width).toBe(100);
  });

  it('leaves out samples when asked, or when their lane was removed', () => {
    const withSamples = buildTemplate({
      mapType: 'example',
      samples: [
        { stage: 'awareness', lane: 'actions', text: 'Sees an ad' },
        { stage: 'awareness', lane: 'pains', text: 'Too many ads' },
      ],
    });
    const off = layoutMap(withSamples, buildDraft(withSamples, { includeSamples: false }));
    expect(byRole(off.items, 'sample')).toHaveLength(0);
    const noPains = layoutMap(
      withSamples,
      buildDraft(withSamples, { lanes: withSamples.lanes.filter((lane) => lane.id !== 'pains') }),
    );
    expect(
      byRole(noPains.items, 'sample').map((item) => item.kind === 'note' && item.text),
    ).toEqual(['Sees an ad']);
  });

  it('draws divider lines with their names in a gap below their lane', () => {
    const blueprint = buildTemplate({
      mapType: 'serviceBlueprint',
      lanes: [
        { id: 'customer', name: 'Customer actions', kind: 'actions' },
        { id: 'front', name: 'Frontstage', kind: 'frontstage' },
        { id: 'back', name: 'Backstage', kind: 'backstage' },
      ],
      dividers: [{ below: 'customer', name: 'Line of interaction' }],
    });
    const drawn = layoutMap(blueprint, buildDraft(blueprint));
    const [divider] = byRole(drawn.items, 'divider');
    // the gap from 690 + 520 = 1210 to 1270, inset 8; from the label column (88) across the
    // grid: 360 + 6 × 680 − 16 = 4424
    expect(divider?.rect).toEqual({ x: 88, y: 1218, width: 4424, height: 44 });
    expect(divider?.kind === 'shape' && divider.lines[0]?.text).toBe('Line of interaction');
    expect(divider?.kind === 'shape' && divider.style.borderStyle).toBe('dashed');
    expect(drawn.grid.rows.map((row) => row.start)).toEqual([690, 1270, 1790]);
  });
});

const laneKind = fc.constantFrom<LaneKind>(...LANE_KINDS);
const arbitraryMap = fc
  .record({
    stageCount: fc.integer({ min: 3, max: 12 }),
    lanes: fc.array(
      fc.record({ kind: laneKind, name: fc.string({ minLength: 1, maxLength: 40 }) }),
      {
        minLength: 1,
        maxLength: 16,
      },
    ),
    dividerEvery: fc.integer({ min: 2, max: 5 }),
    samples: fc.array(
      fc.record({ s: fc.nat(), l: fc.nat(), emotion: fc.integer({ min: -2, max: 2 }) }),
      {
        maxLength: 40,
      },
    ),
  })
  .map(({ stageCount, lanes, dividerEvery, samples }) => {
    const stages = Array.from({ length: stageCount }, (_, i) => ({
      id: `s${i}`,
      name: `Stage ${i}`,
    }));
    const laneList = lanes.map((lane, i) => ({ id: `l${i}`, name: lane.name, kind: lane.kind }));
    const perCell = new Map<string, number>();
    const sampleList = samples
      .map(({ s, l, emotion }) => ({
        stage: `s${s % stageCount}`,
        lane: `l${l % laneList.length}`,
        text: 'note',
        emotion,
      }))
      .filter((sample) => {
        const key = `${sample.stage}/${sample.lane}`;
        perCell.set(key, (perCell.get(key) ?? 0) + 1);
        return (perCell.get(key) ?? 0) <= 6;
      });
    return buildTemplate({
      mapType: 'example',
      stages,
      lanes: laneList,
      dividers: laneList
        .slice(0, -1)
        .filter((_, i) => i % dividerEvery === 0)
        .map((lane) => ({ below: lane.id, name: 'Line' })),
      samples: sampleList,
    });
  });

function pairsOverlap(rects: Rect[]): boolean {
  return rects.some((a, i) => rects.slice(i + 1).some((b) => rectsOverlap(a, b)));
}

describe('layoutMap properties', () => {
  it('never overlaps content or background items, and keeps everything inside the frame', () => {
    fc.assert(
      fc.property(arbitraryMap, (generated) => {
        const drawn = layoutMap(generated, buildDraft(generated));
        const frame = { x: 0, y: 0, width: drawn.frame.width, height: drawn.frame.height };
        const inLayer = (layer: PlanItem['layer']) =>
          drawn.items.filter((item) => item.layer === layer).map((item) => item.rect);
        expect(pairsOverlap(inLayer('content'))).toBe(false);
        expect(pairsOverlap(inLayer('background'))).toBe(false);
        for (const item of drawn.items) expect(rectContains(frame, item.rect)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every sample inside its own cell', () => {
    fc.assert(
      fc.property(arbitraryMap, (generated) => {
        const drawn = layoutMap(generated, buildDraft(generated));
        for (const item of drawn.items) {
          if (item.kind !== 'note') continue;
          const cell = gridCell(
            drawn.grid,
            generated.stages.findIndex((s) => s.id === item.stageId),
            generated.lanes.findIndex((l) => l.id === item.laneId),
          );
          expect(cell !== null && rectContains(frameRect(cell), item.rect)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('grows with stages plus lanes, not with their product', () => {
    fc.assert(
      fc.property(arbitraryMap, (generated) => {
        const drawn = layoutMap(generated, buildDraft(generated, { includeSamples: false }));
        const n = generated.stages.length;
        const m = generated.lanes.length;
        // per stage: header + column outline; per lane: label + band + divider + 5 scale marks
        expect(drawn.items.length).toBeLessThanOrEqual(2 * n + 8 * m + 4);
      }),
    );
  });
});
