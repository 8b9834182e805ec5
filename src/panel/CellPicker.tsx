import { useId } from 'react';
import type { CellChoice } from './cellChoice.ts';
import type { JourneyMap } from '../core/model/journey.schema.ts';

type Props = {
  map: Pick<JourneyMap, 'stages' | 'lanes'>;
  cell: CellChoice;
  onChange: (cell: CellChoice) => void;
};

/** A stage and a lane of the map, side by side. */
export function CellPicker({ map, cell, onChange }: Props) {
  const id = useId();
  return (
    <div className="jm-ws-cell-picker">
      <div className="form-group">
        <label htmlFor={`${id}-stage`}>Stage</label>
        <select
          id={`${id}-stage`}
          className="select select-small"
          value={cell.stageId}
          onChange={(event) => onChange({ ...cell, stageId: event.target.value })}
        >
          {map.stages.map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stage.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label htmlFor={`${id}-lane`}>Lane</label>
        <select
          id={`${id}-lane`}
          className="select select-small"
          value={cell.laneId}
          onChange={(event) => onChange({ ...cell, laneId: event.target.value })}
        >
          {map.lanes.map((lane) => (
            <option key={lane.id} value={lane.id}>
              {lane.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
