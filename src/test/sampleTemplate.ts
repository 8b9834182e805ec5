import type { MapDraft } from '../core/model/mapDraft.schema.ts';
import type { Template } from '../core/model/template.schema.ts';
import { buildDraft, buildTemplate } from './buildTemplate.ts';

/** A small current-state template: five stages, four lanes. */
export const sampleTemplate: Template = buildTemplate({
  id: 'sample',
  name: 'Sample journey',
  description: 'A small journey for tests.',
  title: 'Sample journey map',
  stages: [
    { id: 'awareness', name: 'Awareness' },
    { id: 'consideration', name: 'Consideration' },
    { id: 'purchase', name: 'Purchase' },
    { id: 'use', name: 'Use' },
    { id: 'loyalty', name: 'Loyalty' },
  ],
  lanes: [
    { id: 'actions', name: 'Actions', kind: 'actions' },
    { id: 'touchpoints', name: 'Touchpoints', kind: 'touchpoints' },
    { id: 'emotions', name: 'Emotions', kind: 'emotions' },
    { id: 'painPoints', name: 'Pain points', kind: 'painPoints' },
  ],
});

/** The sample template's draft as a user starts from it; `overrides` replace whole fields. */
export function sampleDraft(overrides: Partial<MapDraft> = {}): MapDraft {
  return buildDraft(sampleTemplate, overrides);
}

/** `count` stages named `S1`…; ids `s1`…. */
export function stagesOf(count: number): MapDraft['stages'] {
  return Array.from({ length: count }, (_, i) => ({ id: `s${i + 1}`, name: `S${i + 1}` }));
}
