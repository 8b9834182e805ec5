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
import { IconButton } from './IconButton.tsx';
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
            <label className="jm-visually-hidden" htmlFor={idOf(stage.id, 'name')}>
              Stage {index + 1} name
            </label>
            <input
              id={idOf(stage.id, 'name')}
              className="input input-small"
              value={stage.name}
              maxLength={120}
              aria-invalid={stage.name.trim() === '' || undefined}
              onChange={(event) => onChange(renameStage(draft, stage.id, event.target.value))}
            />
            <IconButton
              id={idOf(stage.id, 'up')}
              icon="arrow-up"
              label={`Move stage ${index + 1} up`}
              disabled={index === 0}
              onClick={() => move(stage.id, -1, 'up', 'down')}
            />
            <IconButton
              id={idOf(stage.id, 'down')}
              icon="arrow-down"
              label={`Move stage ${index + 1} down`}
              disabled={index === last}
              onClick={() => move(stage.id, 1, 'down', 'up')}
            />
            <IconButton
              icon="trash"
              label={`Remove stage ${index + 1}`}
              disabled={removeRefusal !== null}
              reason={removeRefusal}
              onClick={() => remove(index)}
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
