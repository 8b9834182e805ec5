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
    // width: 80 padding + 440 label column + 6 × 680 + 80 = 4680
    // height: grid top 740 (80 + 140 title + 40 + 300 cards + 40 + 140 headers)
    //         + 5 × 520 + 650 emotions lane + 80 padding = 4070
    expect(plan.frame).toEqual({ title: '', width: 4680, height: 4070, fillColor: '#ffffff' });
  });

  it('shows the title once: in its title item, not as the frame’s title', () => {
    expect(plan.frame.title).toBe('');
    const [title] = byRole(plan.items, 'title');
    expect(title?.kind === 'text' && title.lines).toEqual([{ text: plan.title, strong: true }]);
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
    // second column starts at 520 + 680 = 1200; inset 8; header row at 600
    expect(headers[1]?.rect).toEqual({ x: 1208, y: 608, width: 664, height: 124 });
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
    // the emotions lane (4th) starts at 740 + 3 × 520 = 2300; its box is as wide as the others
    expect(labels[3]?.rect).toEqual({ x: 88, y: 2308, width: 424, height: 634 });
    expect(new Set(labels.map((item) => `${item.rect.x} ${item.rect.width}`))).toEqual(
      new Set(['88 424']),
    );
  });

  it('puts each lane’s prompt question in smaller type on its label box, under the name', () => {
    const labels = byRole(plan.items, 'laneLabel');
    const prompts = byRole(plan.items, 'lanePrompt');
    expect(prompts.map((item) => item.kind === 'text' && item.lines[0]?.text)).toEqual([
      'What is the customer doing?',
      'Where do they meet us?',
      'What are they thinking, and what are they asking themselves?',
      'How do they feel, from −2 to +2?',
      'What gets in their way?',
      'How could we do better?',
    ]);
    // 20 in from the box, 72 below its top: the first lane's box is at (88, 748)
    expect(prompts[0]?.rect).toEqual({ x: 108, y: 820, width: 384, height: 140 });
    // the emotions lane's prompt leaves the marks' 110 free: 424 − 40 − 110
    expect(prompts[3]?.rect.width).toBe(274);
    prompts.forEach((prompt, index) =>
      expect(rectContains(labels[index]?.rect ?? prompt.rect, prompt.rect)).toBe(true),
    );
    expect(labels.every((item) => item.layer === 'background')).toBe(true);
    expect(prompts.every((item) => item.layer === 'content')).toBe(true);
  });

  it('shows the emotion scale from +2 at the top to −2 at the bottom', () => {
    const marks = byRole(plan.items, 'scaleMark');
    expect(marks.map((item) => (item.kind === 'text' ? item.lines[0]?.text : ''))).toEqual([
      '😀 +2',
      '🙂 +1',
      '😐 0',
      '🙁 −1',
      '😡 −2',
    ]);
    // rows of 130 from 2300, a 50-high mark centred: 2300 + 40, then + 130 each
    expect(marks.map((item) => item.rect.y)).toEqual([2340, 2470, 2600, 2730, 2860]);
    // on the label box's right: 512 (its right edge) − 10 − 110
    expect(marks.map((item) => item.rect.x)).toEqual([392, 392, 392, 392, 392]);
  });

  it('keeps cells implicit: bands on every other lane and an outline per column', () => {
    expect(byRole(plan.items, 'laneBand')).toHaveLength(3);
    const columns = byRole(plan.items, 'stageColumn');
    // 6 outlines from the grid top (740) to its bottom (740 + 5 × 520 + 650 = 3990)
    expect(columns.map((item) => item.rect)).toEqual(
      [520, 1200, 1880, 2560, 3240, 3920].map((x) => ({ x, y: 740, width: 680, height: 3250 })),
    );
    // 3 bands + 6 outlines + title + photo + persona + 6 headers + 6 labels + 6 prompts + 5 marks
    expect(plan.items).toHaveLength(35);
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
    expect(plan.grid.columns[0]).toEqual({ start: 520, end: 1200 }); // 520 + 680
    expect(plan.grid.rows[3]).toEqual({ start: 2300, end: 2950 }); // 2300 + 650
    expect(plan.grid.rows[5]).toEqual({ start: 3470, end: 3990 }); // 2300 + 650 + 520, + 520
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
      { text: 'Persona', strong: true },
      { label: 'Name:', text: 'Maya' },
      { label: 'Role:', text: 'Busy parent' },
      { label: 'Goals:', text: 'Save time' },
      { label: 'Frustrations:', text: 'Late deliveries' },
    ]);
    const blank = byRole(plan.items, 'persona')[0];
    expect(blank?.kind === 'shape' && blank.lines[1]).toEqual({ label: 'Name:', text: '' });
  });

  it('leaves room for a photo: a circle left of the persona card, beside it, not on it', () => {
    const [photo] = byRole(plan.items, 'photo');
    const [card] = byRole(plan.items, 'persona');
    // 80 padding, below the 140 title and a 40 gap; the card 300 + 40 further right
    expect(photo?.rect).toEqual({ x: 80, y: 260, width: 300, height: 300 });
    expect(photo?.kind === 'shape' && [photo.shape, photo.lines]).toEqual([
      'circle',
      [{ text: 'Photo' }],
    ]);
    expect(card?.rect).toEqual({ x: 420, y: 260, width: 1000, height: 300 });
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
    // purchase column at 520 + 2 × 680 = 1880; actions row at 740; slot 4 is column 1, row 1
    expect(notes[4]?.rect).toEqual({
      x: 1880 + 20 + 219,
      y: 740 + 20 + 248,
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
    // bottom row of the scale: 2300 + 4 × 130, the 114.57-high note centred in 130
    expect(note?.rect.y).toBeCloseTo(2300 + 520 + (130 - 114.57) / 2, 1);
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
    // the gap from 740 + 520 = 1260 to 1320, inset 8; from the label column (88) across the
    // grid: 440 + 6 × 680 − 16 = 4504
    expect(divider?.rect).toEqual({ x: 88, y: 1268, width: 4504, height: 44 });
    expect(divider?.kind === 'shape' && divider.lines[0]?.text).toBe('Line of interaction');
    expect(divider?.kind === 'shape' && divider.style.borderStyle).toBe('dashed');
    expect(drawn.grid.rows.map((row) => row.start)).toEqual([740, 1320, 1840]);
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
        // per stage: header + column outline; per lane: label + prompt + band + divider + 5
        // scale marks; title, photo, persona and goal cards
        expect(drawn.items.length).toBeLessThanOrEqual(2 * n + 9 * m + 4);
      }),
    );
  });
});
