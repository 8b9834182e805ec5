import { useState } from 'react';
import { putInCell } from '../app/putInCell.ts';
import type { Board } from '../board/port.ts';
import type { JourneyMap, UnplacedNote } from '../core/model/journey.schema.ts';
import { cellOfMap, type CellChoice } from './cellChoice.ts';
import { CellPicker } from './CellPicker.tsx';
import { errorMessage } from './errorMessage.ts';

type Props = { board: Board; map: JourneyMap; note: UnplacedNote };

/** "Put in cell" for a note outside the cells: choose a stage and a lane, then move it there. */
export function PutInCell({ board, map, note }: Props) {
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<CellChoice | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const cell = cellOfMap(map, choice);
  if (!cell) return null;
  const label = note.text.trim() || '(no text)';

  if (!open)
    return (
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={`Put “${label}” in a cell`}
        onClick={() => setOpen(true)}
      >
        Put in cell
      </button>
    );

  const move = () => {
    setBusy(true);
    setMessage(null);
    putInCell(board, { mapId: map.id, noteId: note.id, ...cell }).then(
      ({ crowded }) => {
        setBusy(false);
        setOpen(false);
        if (crowded) setMessage('Moved. The cell is crowded: the note overlaps others.');
      },
      (failure: unknown) => {
        setBusy(false);
        setMessage(errorMessage(failure, 'The note could not be moved'));
      },
    );
  };

  return (
    <div className="jm-ws-put" role="group" aria-label={`Put “${label}” in a cell`}>
      <CellPicker map={map} cell={cell} onChange={setChoice} />
      <button
        type="button"
        className="button button-primary button-small"
        onClick={move}
        disabled={busy}
      >
        Move there
      </button>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => setOpen(false)}
        disabled={busy}
      >
        Cancel
      </button>
      {message && (
        <p className="p-small jm-note" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
