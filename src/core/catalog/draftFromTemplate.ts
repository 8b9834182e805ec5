import type { Persona } from '../model/journey.schema.ts';
import type { MapDraft } from '../model/mapDraft.schema.ts';
import type { Template } from '../model/template.schema.ts';

const EMPTY_PERSONA: Persona = { name: '', role: '', goals: '', frustrations: '' };

/** A fresh, editable draft: nothing in it is shared with the template. */
export function draftFromTemplate(template: Template): MapDraft {
  return {
    templateId: template.id,
    title: template.title,
    stages: template.stages.map((stage) => ({ ...stage })),
    lanes: template.lanes.map((lane) => ({ ...lane })),
    persona: { ...(template.persona ?? EMPTY_PERSONA) },
    includeSamples: template.samples.length > 0,
  };
}
