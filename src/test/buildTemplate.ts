import type { Lane, Stage } from '../core/model/journey.schema.ts';
import type { MapDraft } from '../core/model/mapDraft.schema.ts';
import type { Template } from '../core/model/template.schema.ts';

export const SIX_STAGES: Stage[] = [
  { id: 'awareness', name: 'Awareness' },
  { id: 'consideration', name: 'Consideration' },
  { id: 'purchase', name: 'Purchase' },
  { id: 'onboarding', name: 'Onboarding' },
  { id: 'usage', name: 'Usage' },
  { id: 'loyalty', name: 'Loyalty' },
];

export const SIX_LANES: Lane[] = [
  { id: 'actions', name: 'Actions', kind: 'actions' },
  { id: 'touchpoints', name: 'Touchpoints', kind: 'touchpoints' },
  { id: 'thoughts', name: 'Thoughts', kind: 'thoughts' },
  { id: 'emotions', name: 'Emotions', kind: 'emotions' },
  { id: 'pains', name: 'Pain points', kind: 'painPoints' },
  { id: 'ideas', name: 'Opportunities', kind: 'opportunities' },
];

export function buildTemplate(overrides: Partial<Template> = {}): Template {
  return {
    id: 'test-map',
    version: 1,
    name: 'Test map',
    mapType: 'currentState',
    description: 'A map for tests.',
    title: 'Customer journey',
    stages: SIX_STAGES,
    lanes: SIX_LANES,
    persona: null,
    businessGoal: null,
    dividers: [],
    samples: [],
    ...overrides,
  };
}

export function buildDraft(template: Template, overrides: Partial<MapDraft> = {}): MapDraft {
  return {
    templateId: template.id,
    title: template.title,
    stages: template.stages.map((stage) => ({ ...stage })),
    lanes: template.lanes.map((lane) => ({ ...lane })),
    persona: template.persona
      ? { ...template.persona }
      : { name: '', role: '', goals: '', frustrations: '' },
    includeSamples: template.samples.length > 0,
    ...overrides,
  };
}
