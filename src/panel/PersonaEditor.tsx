import { useId } from 'react';
import { setPersonaField } from '../core/draft/draftFields.ts';
import type { Persona } from '../core/model/journey.schema.ts';
import type { MapDraft } from '../core/model/mapDraft.schema.ts';

type Props = { draft: MapDraft; onChange: (draft: MapDraft) => void };

/** Field, visible label, longest value (as the persona schema allows), and whether it is long text. */
const FIELDS: readonly { field: keyof Persona; label: string; max: number; long: boolean }[] = [
  { field: 'name', label: 'Name', max: 80, long: false },
  { field: 'role', label: 'Role', max: 120, long: false },
  { field: 'goals', label: 'Goal', max: 400, long: true },
  { field: 'frustrations', label: 'Frustration', max: 400, long: true },
];

export function PersonaEditor({ draft, onChange }: Props) {
  const id = useId();
  return (
    <fieldset className="jm-section jm-fieldset">
      <legend className="h4">Persona</legend>
      <p className="p-small jm-hint">A named person, not an “average customer”.</p>
      {FIELDS.map(({ field, label, max, long }) => {
        const inputId = `${id}-${field}`;
        const value = draft.persona[field];
        const change = (text: string) => onChange(setPersonaField(draft, field, text));
        return (
          <div className="form-group" key={field}>
            <label htmlFor={inputId}>{label}</label>
            {long ? (
              <textarea
                id={inputId}
                className="textarea textarea-small"
                rows={2}
                maxLength={max}
                value={value}
                onChange={(event) => change(event.target.value)}
              />
            ) : (
              <input
                id={inputId}
                className="input input-small"
                maxLength={max}
                value={value}
                onChange={(event) => change(event.target.value)}
              />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
