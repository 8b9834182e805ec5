import { useMemo } from 'react';
import { draftFromTemplate } from '../core/catalog/draftFromTemplate.ts';
import type { Template } from '../core/model/template.schema.ts';
import { MapPreview } from './MapPreview.tsx';
import { usePlan } from './usePlan.ts';

type Props = {
  template: Template;
  busy: boolean;
  onCustomise: (template: Template) => void;
  onInsert: (template: Template) => void;
};

export function TemplateCard({ template, busy, onCustomise, onInsert }: Props) {
  const draft = useMemo(() => draftFromTemplate(template), [template]);
  const plan = usePlan(template, draft);
  return (
    <li className="jm-card jm-template">
      <h3 className="h4 jm-card-title">{template.name}</h3>
      {plan && <MapPreview plan={plan} />}
      <p className="p-small jm-card-description" title={template.description}>
        {template.description}
      </p>
      <div className="jm-card-actions">
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={busy}
          onClick={() => onCustomise(template)}
          aria-label={`Customise ${template.name}`}
        >
          Customise
        </button>
        <button
          type="button"
          className="button button-primary button-small"
          disabled={busy}
          onClick={() => onInsert(template)}
          aria-label={`Insert ${template.name}`}
        >
          Insert
        </button>
      </div>
    </li>
  );
}
