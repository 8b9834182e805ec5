import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MapDraft } from '../model/mapDraft.schema.ts';
import { sampleDraft, sampleTemplate } from '../../test/sampleTemplate.ts';
import { addLane, moveLane } from './laneEdits.ts';
import { laneChoices, toggleTemplateLane } from './templateLanes.ts';

const ids = (draft: MapDraft) => draft.lanes.map((lane) => lane.id);
const rows = (draft: MapDraft) =>
  laneChoices(sampleTemplate, draft).map(
    (choice) => `${choice.picked ? '+' : '-'}${choice.lane.id}`,
  );

describe('template lanes', () => {
  it('leaves a template lane out', () => {
    const draft = toggleTemplateLane(sampleDraft(), sampleTemplate, 'touchpoints', false);
    expect(ids(draft)).toEqual(['actions', 'emotions', 'painPoints']);
  });

  it('puts a lane back after the nearest earlier template lane the draft has', () => {
    const without = toggleTemplateLane(sampleDraft(), sampleTemplate, 'emotions', false);
    const moved = moveLane(without, 'actions', 2); // touchpoints, painPoints, actions
    const back = toggleTemplateLane(moved, sampleTemplate, 'emotions', true);
    // emotions follows touchpoints in the template
    expect(ids(back)).toEqual(['touchpoints', 'emotions', 'painPoints', 'actions']);
  });

  it('puts the first template lane back at the top', () => {
    const without = toggleTemplateLane(sampleDraft(), sampleTemplate, 'actions', false);
    expect(ids(toggleTemplateLane(without, sampleTemplate, 'actions', true))[0]).toBe('actions');
  });

  it('keeps the template name when a lane is picked back', () => {
    const without = toggleTemplateLane(sampleDraft(), sampleTemplate, 'emotions', false);
    const back = toggleTemplateLane(without, sampleTemplate, 'emotions', true);
    expect(back.lanes[2]).toEqual({ id: 'emotions', name: 'Emotions', kind: 'emotions' });
  });

  it('ignores lanes the template does not have', () => {
    const draft = addLane(sampleDraft(), sampleTemplate, { name: 'Mine', kind: 'custom' });
    expect(toggleTemplateLane(draft, sampleTemplate, 'lane-5', false)).toBe(draft);
  });

  it('refuses to leave out the last lane', () => {
    const draft = sampleDraft({ lanes: sampleTemplate.lanes.slice(0, 1) });
    expect(toggleTemplateLane(draft, sampleTemplate, 'actions', false)).toBe(draft);
  });

  it('lists left-out lanes where picking them puts them back', () => {
    const draft = toggleTemplateLane(sampleDraft(), sampleTemplate, 'touchpoints', false);
    expect(rows(draft)).toEqual(['+actions', '-touchpoints', '+emotions', '+painPoints']);
  });

  it('marks custom lanes as not from the template', () => {
    const draft = addLane(sampleDraft(), sampleTemplate, { name: 'Mine', kind: 'custom' });
    expect(laneChoices(sampleTemplate, draft).at(-1)).toEqual({
      lane: { id: 'lane-5', name: 'Mine', kind: 'custom' },
      picked: true,
      fromTemplate: false,
    });
  });

  it('toggling a row does not move it while the lanes keep template order', () => {
    const laneIds = sampleTemplate.lanes.map((lane) => lane.id);
    const order = (d: MapDraft) => laneChoices(sampleTemplate, d).map((c) => c.lane.id);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...laneIds), { maxLength: 12 }), (toggles) => {
        let draft = sampleDraft();
        for (const id of toggles) {
          const next = toggleTemplateLane(draft, sampleTemplate, id, !ids(draft).includes(id));
          expect(order(next)).toEqual(laneIds);
          draft = next;
        }
      }),
    );
  });

  it('lists every template lane and every draft lane exactly once', () => {
    const laneIds = sampleTemplate.lanes.map((lane) => lane.id);
    const step = fc.oneof(
      fc.record({ toggle: fc.constantFrom(...laneIds) }),
      fc.record({ move: fc.constantFrom(...laneIds), by: fc.constantFrom(-1, 1) }),
      fc.record({ add: fc.constant(true) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 16 }), (steps) => {
        let draft = sampleDraft();
        for (const s of steps)
          if ('toggle' in s)
            draft = toggleTemplateLane(
              draft,
              sampleTemplate,
              s.toggle,
              !ids(draft).includes(s.toggle),
            );
          else if ('move' in s) draft = moveLane(draft, s.move, s.by);
          else draft = addLane(draft, sampleTemplate, { name: 'Mine', kind: 'custom' });
        const listed = laneChoices(sampleTemplate, draft).map((c) => c.lane.id);
        const expected = new Set([...laneIds, ...ids(draft)]);
        expect([...listed].sort()).toEqual([...expected].sort());
      }),
    );
  });
});
