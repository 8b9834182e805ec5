import { describe, expect, it } from 'vitest';
import type { EmotionScore } from '../model/emotion.ts';
import type { Template } from '../model/template.schema.ts';
import { DEFAULT_TEMPLATE_ID, catalog, findTemplate, loadCatalog } from './catalog.ts';

const templateFiles: Record<string, unknown> = import.meta.glob('./templates/*.json', {
  eager: true,
  import: 'default',
});

/** DESIGN §1, emotion scale, rule 2. */
const EMOJI_SCORES: Record<string, EmotionScore> = {
  '😀': 2,
  '😃': 2,
  '😄': 2,
  '😁': 2,
  '😍': 2,
  '🤩': 2,
  '🥳': 2,
  '🙂': 1,
  '😊': 1,
  '👍': 1,
  '😐': 0,
  '😶': 0,
  '🙁': -1,
  '😕': -1,
  '😟': -1,
  '👎': -1,
  '😡': -2,
  '😠': -2,
  '😞': -2,
  '😢': -2,
  '😭': -2,
  '😤': -2,
};

const EXAMPLE_IDS = ['example-online-grocery', 'example-car-service', 'example-b2b-saas'];

function template(id: string): Template {
  const found = findTemplate(id);
  if (!found) throw new Error(`no template "${id}"`);
  return found;
}

function samplesIn(example: Template, kind: Template['lanes'][number]['kind']) {
  const laneIds = new Set(example.lanes.filter((l) => l.kind === kind).map((l) => l.id));
  return example.samples.filter((sample) => laneIds.has(sample.lane));
}

function stagesWith(example: Template, kind: Template['lanes'][number]['kind']): string[] {
  const stageIds = new Set(samplesIn(example, kind).map((sample) => sample.stage));
  return example.stages.map((stage) => stage.id).filter((id) => stageIds.has(id));
}

function buildTemplate(overrides: Partial<Template>): Template {
  return {
    id: 'minimal',
    version: 1,
    name: 'Minimal',
    mapType: 'currentState',
    description: 'Three stages, two lanes.',
    title: 'Minimal map',
    stages: [
      { id: 'awareness', name: 'Awareness' },
      { id: 'purchase', name: 'Purchase' },
      { id: 'usage', name: 'Usage' },
    ],
    lanes: [
      { id: 'actions', name: 'Actions', kind: 'actions' },
      { id: 'emotions', name: 'Emotions', kind: 'emotions' },
    ],
    persona: null,
    businessGoal: null,
    dividers: [],
    samples: [],
    ...overrides,
  };
}

const minimalTemplate = buildTemplate({});

describe('the shipped catalog', () => {
  it('validates every template file in templates/', () => {
    expect(loadCatalog(Object.values(templateFiles)).errors).toEqual([]);
  });

  it('lists every template file, default first, then blanks, then examples', () => {
    expect(catalog.map((t) => t.id)).toEqual([
      'current-state',
      'future-state',
      'day-in-the-life',
      'service-blueprint',
      'example-online-grocery',
      'example-car-service',
      'example-b2b-saas',
    ]);
    expect(Object.keys(templateFiles)).toHaveLength(7);
  });

  it('names each file after the id of the template it holds', () => {
    const { templates } = loadCatalog(Object.values(templateFiles));
    expect(templates.map((t) => `./templates/${t.id}.json`)).toEqual(Object.keys(templateFiles));
  });

  it('makes current-state the default', () => {
    expect(DEFAULT_TEMPLATE_ID).toBe('current-state');
    expect(template(DEFAULT_TEMPLATE_ID).name).toBe('Current-state map');
  });

  it('finds a template by id and nothing for an unknown id', () => {
    expect(findTemplate('service-blueprint')?.name).toBe('Service blueprint');
    expect(findTemplate('no-such-template')).toBeUndefined();
  });

  it('keeps every blank map type free of samples', () => {
    const blanks = catalog.filter((t) => t.mapType !== 'example');
    expect(blanks.map((t) => t.id)).toEqual([
      'current-state',
      'future-state',
      'day-in-the-life',
      'service-blueprint',
    ]);
    for (const blank of blanks) expect(blank.samples).toEqual([]);
  });

  it('gives every blank map type a persona with empty fields to fill in', () => {
    for (const blank of catalog.filter((t) => t.mapType !== 'example'))
      expect(blank.persona).toEqual({ name: '', role: '', goals: '', frustrations: '' });
  });

  it('keeps every stage count within the advised 5 to 10', () => {
    for (const t of catalog) {
      expect(t.stages.length).toBeGreaterThanOrEqual(5);
      expect(t.stages.length).toBeLessThanOrEqual(10);
    }
  });
});

describe('current-state', () => {
  it('has the six classic stages', () => {
    expect(template('current-state').stages).toEqual([
      { id: 'awareness', name: 'Awareness' },
      { id: 'consideration', name: 'Consideration' },
      { id: 'purchase', name: 'Purchase' },
      { id: 'onboarding', name: 'Onboarding' },
      { id: 'usage', name: 'Usage' },
      { id: 'loyalty', name: 'Loyalty' },
    ]);
  });

  it('has actions, touchpoints, thoughts, emotions, pain points and opportunities lanes', () => {
    expect(template('current-state').lanes).toEqual([
      { id: 'actions', name: 'Actions', kind: 'actions' },
      { id: 'touchpoints', name: 'Touchpoints', kind: 'touchpoints' },
      { id: 'thoughts', name: 'Thoughts', kind: 'thoughts' },
      { id: 'emotions', name: 'Emotions', kind: 'emotions' },
      { id: 'painPoints', name: 'Pain points', kind: 'painPoints' },
      { id: 'opportunities', name: 'Opportunities', kind: 'opportunities' },
    ]);
  });
});

describe('service-blueprint', () => {
  it('has evidence, customer actions, frontstage, backstage and support lanes in that order', () => {
    expect(template('service-blueprint').lanes.map((lane) => lane.kind)).toEqual([
      'evidence',
      'actions',
      'frontstage',
      'backstage',
      'support',
    ]);
  });

  it('draws the lines of interaction, visibility and internal interaction below the right lanes', () => {
    const blueprint = template('service-blueprint');
    const kindOf = (laneId: string) => blueprint.lanes.find((lane) => lane.id === laneId)?.kind;
    expect(blueprint.dividers.map((d) => [d.name, kindOf(d.below)])).toEqual([
      ['Line of interaction', 'actions'],
      ['Line of visibility', 'frontstage'],
      ['Line of internal interaction', 'backstage'],
    ]);
  });
});

describe.each(EXAMPLE_IDS)('%s', (id) => {
  const example = template(id);
  const stageIds = example.stages.map((stage) => stage.id);

  it('is a worked example', () => {
    expect(example.mapType).toBe('example');
  });

  it('has a named persona with a role, goals and frustrations', () => {
    const persona = example.persona;
    expect(persona?.name).toMatch(/^\S+ \S+/);
    expect(persona?.role).not.toBe('');
    expect(persona?.goals).not.toBe('');
    expect(persona?.frustrations).not.toBe('');
  });

  it('has a business goal with KPIs', () => {
    expect(example.businessGoal?.kpis.length).toBeGreaterThan(0);
  });

  it('has at least one sample in every stage', () => {
    expect(stageIds.filter((s) => !example.samples.some((sample) => sample.stage === s))).toEqual(
      [],
    );
  });

  it('has actions, a touchpoint and an emotion in every stage', () => {
    expect(stagesWith(example, 'actions')).toEqual(stageIds);
    expect(stagesWith(example, 'touchpoints')).toEqual(stageIds);
    expect(stagesWith(example, 'emotions')).toEqual(stageIds);
  });

  it('records at least one negative emotion', () => {
    expect(samplesIn(example, 'emotions').some((s) => (s.emotion ?? 0) < 0)).toBe(true);
  });

  it('answers every pain point with an opportunity in the same stage', () => {
    const withOpportunity = new Set(stagesWith(example, 'opportunities'));
    expect(stagesWith(example, 'painPoints').filter((s) => !withOpportunity.has(s))).toEqual([]);
  });

  it('starts every emotion note with an emoji that agrees with its score', () => {
    for (const sample of samplesIn(example, 'emotions')) {
      const emoji = Array.from(sample.text)[0] ?? '';
      expect({ text: sample.text, score: EMOJI_SCORES[emoji] }).toEqual({
        text: sample.text,
        score: sample.emotion,
      });
    }
  });

  it('gives no emotion signal to notes outside the emotions lane', () => {
    const emotionLanes = new Set(samplesIn(example, 'emotions').map((s) => s.lane));
    const others = example.samples.filter((s) => !emotionLanes.has(s.lane));
    expect(
      others.filter(
        (s) => s.emotion !== undefined || /^[+-]?\d|\p{Extended_Pictographic}/u.test(s.text),
      ),
    ).toEqual([]);
  });
});

describe('loadCatalog', () => {
  it('keeps the valid entries', () => {
    expect(loadCatalog([minimalTemplate]).templates.map((t) => t.id)).toEqual(['minimal']);
  });

  it('reports a broken entry by id and path, and keeps the rest', () => {
    const broken = buildTemplate({
      id: 'broken',
      lanes: [{ id: 'feelings', name: ' ', kind: 'emotions' }],
    });
    const { templates, errors } = loadCatalog([minimalTemplate, broken]);
    expect(templates.map((t) => t.id)).toEqual(['minimal']);
    expect(errors).toMatchInlineSnapshot(`
      [
        "Template "broken" (#1) is invalid: At lanes.0.name: must not be empty",
      ]
    `);
  });

  it('names the sample a broken example trips over', () => {
    const example = buildTemplate({
      id: 'unscored',
      mapType: 'example',
      samples: [{ stage: 'awareness', lane: 'emotions', text: 'Not sure how this feels' }],
    });
    expect(loadCatalog([example]).errors).toMatchInlineSnapshot(`
      [
        "Template "unscored" (#0) is invalid: At samples.0.emotion: a note in the emotions lane needs an emotion score",
      ]
    `);
  });

  it('reports a broken entry without an id by its index', () => {
    const { errors } = loadCatalog([minimalTemplate, 'not a template']);
    expect(errors).toMatchInlineSnapshot(`
      [
        "Template #1 is invalid: Invalid input: expected object, received string",
      ]
    `);
  });

  it('rejects a second template with an id already used', () => {
    const again = { ...minimalTemplate, name: 'Minimal again' };
    const { templates, errors } = loadCatalog([minimalTemplate, again]);
    expect(templates.map((t) => t.name)).toEqual(['Minimal']);
    expect(errors).toMatchInlineSnapshot(`
      [
        "Template "minimal" (#1) has the same id as template #0",
      ]
    `);
  });
});
