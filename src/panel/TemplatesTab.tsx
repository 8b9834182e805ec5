import { useState } from 'react';
import type { Board } from '../board/port.ts';
import { draftFromTemplate } from '../core/catalog/draftFromTemplate.ts';
import type { MapDraft } from '../core/model/mapDraft.schema.ts';
import type { Template } from '../core/model/template.schema.ts';
import { CustomiseView } from './CustomiseView.tsx';
import { InsertStatus } from './InsertStatus.tsx';
import { TemplateGallery } from './TemplateGallery.tsx';
import { useInsertMap } from './useInsertMap.ts';

type Props = { board: Board; templates: readonly Template[] };

/** The gallery, or one template being customised; each template's edits are kept while the panel is open. */
export function TemplatesTab({ board, templates }: Props) {
  const [openId, setOpenId] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Readonly<Record<string, MapDraft>>>({});
  const { state, insert, reset } = useInsertMap(board);
  const busy = state.kind === 'inserting';
  const open = templates.find((template) => template.id === openId);

  const show = (id: string | null) => {
    reset();
    setOpenId(id);
  };

  if (open) {
    const draft = drafts[open.id] ?? draftFromTemplate(open);
    return (
      <CustomiseView
        template={open}
        draft={draft}
        insertState={state}
        onChange={(next) => setDrafts((all) => ({ ...all, [open.id]: next }))}
        onInsert={() => void insert(open, draft)}
        onBack={() => show(null)}
      />
    );
  }

  return (
    <div className="jm-templates">
      <InsertStatus state={state} />
      <TemplateGallery
        templates={templates}
        busy={busy}
        onCustomise={(template) => show(template.id)}
        onInsert={(template) => void insert(template, draftFromTemplate(template))}
      />
    </div>
  );
}
