import { useId } from 'react';
import { setIncludeSamples, setTitle } from '../core/draft/draftFields.ts';
import type { MapDraft } from '../core/model/mapDraft.schema.ts';
import type { Template } from '../core/model/template.schema.ts';
import { InsertStatus } from './InsertStatus.tsx';
import { LanesEditor } from './LanesEditor.tsx';
import { MapPreview } from './MapPreview.tsx';
import { PersonaEditor } from './PersonaEditor.tsx';
import { StagesEditor } from './StagesEditor.tsx';
import type { InsertState } from './useInsertMap.ts';
import { usePlan } from './usePlan.ts';

type Props = {
  template: Template;
  draft: MapDraft;
  insertState: InsertState;
  onChange: (draft: MapDraft) => void;
  onInsert: () => void;
  onBack: () => void;
};

export function CustomiseView({ template, draft, insertState, onChange, onInsert, onBack }: Props) {
  const id = useId();
  const plan = usePlan(template, draft);
  const busy = insertState.kind === 'inserting';
  return (
    <div className="jm-customise">
      <button
        type="button"
        className="button button-tertiary button-small jm-back"
        disabled={busy}
        onClick={onBack}
      >
        ← All templates
      </button>
      <h2 className="h3">{template.name}</h2>
      {plan ? (
        <MapPreview plan={plan} height={160} />
      ) : (
        <p className="p-small jm-hint">No preview for this map yet.</p>
      )}
      <fieldset className="jm-fieldset" disabled={busy}>
        <legend className="jm-visually-hidden">Customise the map</legend>
        <div className="form-group">
          <label htmlFor={`${id}-title`}>Map title</label>
          <input
            id={`${id}-title`}
            className="input"
            value={draft.title}
            maxLength={120}
            aria-invalid={draft.title.trim() === '' || undefined}
            onChange={(event) => onChange(setTitle(draft, event.target.value))}
          />
        </div>
        <StagesEditor draft={draft} onChange={onChange} />
        <LanesEditor template={template} draft={draft} onChange={onChange} />
        <PersonaEditor draft={draft} onChange={onChange} />
        {template.samples.length > 0 && (
          <label className="checkbox jm-section">
            <input
              type="checkbox"
              checked={draft.includeSamples}
              onChange={(event) => onChange(setIncludeSamples(draft, event.target.checked))}
            />
            <span>Include sample stickies</span>
          </label>
        )}
      </fieldset>
      <div className="jm-insert-bar">
        <button
          type="button"
          className="button button-primary jm-insert"
          disabled={busy}
          onClick={onInsert}
        >
          Insert map
        </button>
        <InsertStatus state={insertState} />
      </div>
    </div>
  );
}
