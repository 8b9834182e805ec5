import { useId, useState } from 'react';
import type { LaneKind } from '../core/model/laneKind.ts';
import { LANE_KIND_HINTS, LANE_KIND_NAMES, LANE_KINDS } from '../core/model/laneKind.ts';

type Props = {
  /** Why no lane can be added, or null. */
  refusal: string | null;
  onAdd: (lane: { name: string; kind: LaneKind }) => void;
};

export function AddLaneForm({ refusal, onAdd }: Props) {
  const id = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<LaneKind>('custom');
  return (
    <form
      className="jm-add-lane"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        onAdd({ name, kind });
        setName('');
      }}
    >
      <h4 className="jm-subheading" id={`${id}-heading`}>
        Add a custom lane
      </h4>
      <div className="form-group">
        <label htmlFor={`${id}-name`}>Lane name</label>
        <input
          id={`${id}-name`}
          className="input input-small"
          value={name}
          maxLength={120}
          placeholder={LANE_KIND_NAMES[kind]}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="form-group">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          className="select select-small"
          value={kind}
          aria-describedby={`${id}-hint`}
          onChange={(event) =>
            setKind(LANE_KINDS.find((option) => option === event.target.value) ?? 'custom')
          }
        >
          {LANE_KINDS.map((option) => (
            <option key={option} value={option}>
              {LANE_KIND_NAMES[option]}
            </option>
          ))}
        </select>
        <p className="p-small jm-hint" id={`${id}-hint`}>
          {LANE_KIND_HINTS[kind]}
        </p>
      </div>
      <button
        type="submit"
        className="button button-secondary button-small"
        disabled={refusal !== null}
        title={refusal ?? undefined}
      >
        Add custom lane
      </button>
    </form>
  );
}
