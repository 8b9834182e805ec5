import { IconButton } from './IconButton.tsx';

type Props = {
  /** Element id of one of the row's parts: 'name', 'up' or 'down'. */
  idOf: (part: 'name' | 'up' | 'down') => string;
  noun: 'stage' | 'lane';
  index: number;
  isLast: boolean;
  /** Said after "Stage 2 name" to screen readers, e.g. the lane kind. */
  detail?: string;
  value: string;
  onRename: (name: string) => void;
  /** `part` is the button pressed, `otherPart` the one to focus when it becomes disabled. */
  onMove: (offset: -1 | 1, part: 'up' | 'down', otherPart: 'up' | 'down') => void;
  /** Null when the row cannot be removed at all; a spacer keeps the columns aligned. */
  removal: { refusal: string | null; onRemove: () => void } | null;
};

/** The name field, move buttons and remove button of one stage or lane row. */
export function NameRowControls({
  idOf,
  noun,
  index,
  isLast,
  detail,
  value,
  onRename,
  onMove,
  removal,
}: Props) {
  const Noun = noun === 'stage' ? 'Stage' : 'Lane';
  return (
    <>
      <label className="jm-visually-hidden" htmlFor={idOf('name')}>
        {Noun} {index + 1} name{detail ? ` (${detail})` : ''}
      </label>
      <input
        id={idOf('name')}
        className="input input-small"
        value={value}
        maxLength={120}
        aria-invalid={value.trim() === '' || undefined}
        onChange={(event) => onRename(event.target.value)}
      />
      <IconButton
        id={idOf('up')}
        icon="arrow-up"
        label={`Move ${noun} ${index + 1} up`}
        disabled={index === 0}
        onClick={() => onMove(-1, 'up', 'down')}
      />
      <IconButton
        id={idOf('down')}
        icon="arrow-down"
        label={`Move ${noun} ${index + 1} down`}
        disabled={isLast}
        onClick={() => onMove(1, 'down', 'up')}
      />
      {removal ? (
        <IconButton
          icon="trash"
          label={`Remove ${noun} ${index + 1}`}
          disabled={removal.refusal !== null}
          reason={removal.refusal}
          onClick={removal.onRemove}
        />
      ) : (
        <span className="jm-icon-spacer" aria-hidden="true" />
      )}
    </>
  );
}
