import type { Persona } from '../model/journey.schema.ts';
import type { MapDraft } from '../model/mapDraft.schema.ts';

/** Kept as typed; the draft is validated (and trimmed) when the map is inserted. */
export function setTitle(draft: MapDraft, title: string): MapDraft {
  return { ...draft, title };
}

export function setPersonaField(draft: MapDraft, field: keyof Persona, value: string): MapDraft {
  return { ...draft, persona: { ...draft.persona, [field]: value } };
}

export function setIncludeSamples(draft: MapDraft, includeSamples: boolean): MapDraft {
  return { ...draft, includeSamples };
}
