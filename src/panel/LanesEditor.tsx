import { useId } from 'react';
import {
  addLane,
  addLaneRefusal,
  moveLane,
  removeLane,
  removeLaneRefusal,
  renameLane,
} from '../core/draft/laneEdits.ts';
import { laneChoices, toggleTemplateLane } from '../core/draft/templateLanes.ts';
import { LANE_KIND_NAMES } from '../core/model/laneKind.ts';
import type { MapDraft } from '../core/model/mapDraft.schema.ts';
import type { Template } from '../core/model/template.schema.ts';
import { AddLaneForm } from './AddLaneForm.tsx';
import { NameRowControls } from './NameRowControls.tsx';
import { useFocusAfterRender } from './useFocusAfterRender.ts';

type Props = { template: Template; draft: MapDraft; onChange: (draft: MapDraft) => void };

export function LanesEditor({ template, draft, onChange }: Props) {
  const prefix = useId();
  const focusAfterRender = useFocusAfterRender();
  const idOf = (laneId: string, part: string) => `${prefix}-${laneId}-${part}`;
  const addRefusal = addLaneRefusal(draft);
  const removeRefusal = removeLaneRefusal(draft);
  const last = draft.lanes.length - 1;

  const move = (laneId: string, offset: number, part: string, otherPart: string) => {
    focusAfterRender([idOf(laneId, part), idOf(laneId, otherPart)]);
    onChange(moveLane(draft, laneId, offset));
  };

  const remove = (index: number) => {
    const lane = draft.lanes[index];
    if (!lane) return;
    const neighbour = draft.lanes[index + 1] ?? draft.lanes[index - 1];
    focusAfterRender(neighbour ? [idOf(neighbour.id, 'name')] : []);
    onChange(removeLane(draft, lane.id));
  };

  return (
    <section className="jm-section" aria-labelledby={`${prefix}-heading`}>
      <h3 className="h4" id={`${prefix}-heading`}>
        Lanes <span className="jm-count">({draft.lanes.length})</span>
      </h3>
      <ul className="jm-rows">
        {laneChoices(template, draft).map(({ lane, picked, fromTemplate }) => {
          const index = draft.lanes.findIndex((candidate) => candidate.id === lane.id);
          const shownName = lane.name.trim() || LANE_KIND_NAMES[lane.kind];
          return (
            <li key={lane.id} className={picked ? 'jm-row' : 'jm-row jm-row-unpicked'}>
              {fromTemplate ? (
                <label className="checkbox jm-row-check">
                  <input
                    type="checkbox"
                    checked={picked}
                    disabled={picked ? removeRefusal !== null : addRefusal !== null}
                    onChange={(event) =>
                      onChange(toggleTemplateLane(draft, template, lane.id, event.target.checked))
                    }
                  />
                  <span>
                    <span className="jm-visually-hidden">Include {shownName}</span>
                  </span>
                </label>
              ) : (
                <span className="jm-row-check" aria-hidden="true" />
              )}
              {picked ? (
                <NameRowControls
                  idOf={(part) => idOf(lane.id, part)}
                  noun="lane"
                  index={index}
                  isLast={index === last}
                  detail={LANE_KIND_NAMES[lane.kind]}
                  value={lane.name}
                  onRename={(name) => onChange(renameLane(draft, lane.id, name))}
                  onMove={(offset, part, otherPart) => move(lane.id, offset, part, otherPart)}
                  removal={
                    fromTemplate ? null : { refusal: removeRefusal, onRemove: () => remove(index) }
                  }
                />
              ) : (
                <span className="jm-row-name" aria-hidden="true">
                  {shownName}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <AddLaneForm
        refusal={addRefusal}
        onAdd={(lane) => onChange(addLane(draft, template, lane))}
      />
    </section>
  );
}
