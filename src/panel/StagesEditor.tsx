import { useId } from 'react';
import { stageCountAdvice } from '../core/draft/stageCountAdvice.ts';
import {
  addStage,
  addStageRefusal,
  moveStage,
  removeStage,
  removeStageRefusal,
  renameStage,
} from '../core/draft/stageEdits.ts';
import type { MapDraft } from '../core/model/mapDraft.schema.ts';
import { NameRowControls } from './NameRowControls.tsx';
import { useFocusAfterRender } from './useFocusAfterRender.ts';

type Props = { draft: MapDraft; onChange: (draft: MapDraft) => void };

export function StagesEditor({ draft, onChange }: Props) {
  const prefix = useId();
  const focusAfterRender = useFocusAfterRender();
  const idOf = (stageId: string, part: string) => `${prefix}-${stageId}-${part}`;
  const addRefusal = addStageRefusal(draft);
  const removeRefusal = removeStageRefusal(draft);
  const advice = stageCountAdvice(draft.stages.length);
  const last = draft.stages.length - 1;

  const move = (stageId: string, offset: number, part: string, otherPart: string) => {
    focusAfterRender([idOf(stageId, part), idOf(stageId, otherPart)]);
    onChange(moveStage(draft, stageId, offset));
  };
  const remove = (index: number) => {
    const stage = draft.stages[index];
    if (!stage) return;
    const neighbour = draft.stages[index + 1] ?? draft.stages[index - 1];
    focusAfterRender(neighbour ? [idOf(neighbour.id, 'name')] : []);
    onChange(removeStage(draft, stage.id));
  };
  const add = () => {
    const next = addStage(draft);
    const added = next.stages.at(-1);
    if (added) focusAfterRender([idOf(added.id, 'name')]);
    onChange(next);
  };

  return (
    <section className="jm-section" aria-labelledby={`${prefix}-heading`}>
      <h3 className="h4" id={`${prefix}-heading`}>
        Stages <span className="jm-count">({draft.stages.length})</span>
      </h3>
      <ol className="jm-rows">
        {draft.stages.map((stage, index) => (
          <li key={stage.id} className="jm-row">
            <NameRowControls
              idOf={(part) => idOf(stage.id, part)}
              noun="stage"
              index={index}
              isLast={index === last}
              value={stage.name}
              onRename={(name) => onChange(renameStage(draft, stage.id, name))}
              onMove={(offset, part, otherPart) => move(stage.id, offset, part, otherPart)}
              removal={{ refusal: removeRefusal, onRemove: () => remove(index) }}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={addRefusal !== null}
        title={addRefusal ?? undefined}
        onClick={add}
      >
        Add stage
      </button>
      <p className="p-small jm-note" aria-live="polite">
        {[advice, addRefusal ?? removeRefusal].filter(Boolean).join(' ')}
      </p>
    </section>
  );
}
