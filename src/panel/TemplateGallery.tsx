import type { Template } from '../core/model/template.schema.ts';
import { TemplateCard } from './TemplateCard.tsx';

type Props = {
  templates: readonly Template[];
  busy: boolean;
  onCustomise: (template: Template) => void;
  onInsert: (template: Template) => void;
};

export function TemplateGallery({ templates, busy, onCustomise, onInsert }: Props) {
  return (
    <ul className="jm-gallery" aria-label="Templates">
      {templates.map((template) => (
        <TemplateCard
          key={template.id}
          template={template}
          busy={busy}
          onCustomise={onCustomise}
          onInsert={onInsert}
        />
      ))}
    </ul>
  );
}
