import { describe, expect, it } from 'vitest';
import { MapDraft } from '../model/mapDraft.schema.ts';
import type { Template } from '../model/template.schema.ts';
import { catalog, findTemplate } from './catalog.ts';
import { draftFromTemplate } from './draftFromTemplate.ts';

const withoutPersona: Template = {
  id: 'no-persona',
  version: 1,
  name: 'No persona',
  mapType: 'currentState',
  description: 'A template that leaves the persona out.',
  title: 'No persona map',
  stages: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
    { id: 'c', name: 'C' },
  ],
  lanes: [{ id: 'actions', name: 'Actions', kind: 'actions' }],
  persona: null,
  businessGoal: null,
  dividers: [],
  samples: [],
};

function template(id: string): Template {
  const found = findTemplate(id);
  if (!found) throw new Error(`no template "${id}"`);
  return found;
}

describe('draftFromTemplate', () => {
  it.each(catalog.map((t) => t.id))('makes a valid MapDraft from %s', (id) => {
    const result = MapDraft.safeParse(draftFromTemplate(template(id)));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('copies the template id, title, stages and lanes', () => {
    const draft = draftFromTemplate(withoutPersona);
    expect(draft).toMatchObject({
      templateId: 'no-persona',
      title: 'No persona map',
      stages: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
        { id: 'c', name: 'C' },
      ],
      lanes: [{ id: 'actions', name: 'Actions', kind: 'actions' }],
    });
  });

  it('gives an empty persona to fill in when the template has none', () => {
    expect(draftFromTemplate(withoutPersona).persona).toEqual({
      name: '',
      role: '',
      goals: '',
      frustrations: '',
    });
  });

  it("copies an example's persona", () => {
    expect(draftFromTemplate(template('example-car-service')).persona.name).toBe('Daniel Weber');
  });

  it('includes samples for an example and not for a blank map', () => {
    expect(draftFromTemplate(template('example-online-grocery')).includeSamples).toBe(true);
    expect(draftFromTemplate(template('current-state')).includeSamples).toBe(false);
  });

  it('shares nothing the user could edit with the template', () => {
    const source = template('current-state');
    const draft = draftFromTemplate(source);
    const firstStage = draft.stages[0];
    if (firstStage) firstStage.name = 'Renamed';
    draft.lanes.pop();
    draft.persona.name = 'Someone';
    expect(source.stages[0]?.name).toBe('Awareness');
    expect(source.lanes).toHaveLength(6);
    expect(source.persona?.name).toBe('');
  });
});
