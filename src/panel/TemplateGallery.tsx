import type { Template } from '../core/model/template.schema.ts';
import { TemplateCard } from './TemplateCard.tsx';

type Props = {
  templates: readonly Template[];
  busy: boolean;
  onCustomise: (template: Template) => void;
  onInsert: (template: Template) => void;
};

/** Blank map types first, then the worked examples; each group in catalog order. */
export function TemplateGallery({ templates, ...card }: Props) {
  return [false, true].map((examples) => {
    const group = templates.filter((template) => (template.mapType === 'example') === examples);
    const name = examples ? 'Worked examples' : 'Map types';
    return (
      group.length > 0 && (
        <section key={name}>
          <h2 className="p-small jm-subheading">{name}</h2>
          <ul className="jm-gallery" aria-label={name}>
            {group.map((template) => (
              <TemplateCard key={template.id} template={template} {...card} />
            ))}
          </ul>
        </section>
      )
    );
  });
}
