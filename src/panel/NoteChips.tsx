import { useEffect, useRef, useState } from 'react';
import { dropNote, laneNoteColor, noteChipAttributes, type DropTarget } from '../app/dropNote.ts';
import type { Board } from '../board/port.ts';
import { NOTE_COLOR_HEX } from '../core/model/noteColor.ts';
import { textColorOn } from '../core/model/noteInk.ts';
import { errorMessage } from './errorMessage.ts';
import './noteChips.css';

type Props = { board: Board; target: DropTarget };

type Outcome = { tone: 'info' | 'error'; text: string };

/**
 * A chip per lane of the map, in the lane's colour, to drag onto the board (`miro-draggable`):
 * each drop of one becomes a note where it landed, and the panel says which cell holds it.
 */
export function NoteChips({ board, target }: Props) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const latest = useRef(target);
  useEffect(() => {
    latest.current = target;
  });

  useEffect(
    () =>
      board.onDrop((drop) => {
        dropNote(board, latest.current, drop)
          .then((dropped) => {
            if (!dropped) return;
            setOutcome(
              dropped.cell
                ? {
                    tone: 'info',
                    text: `New note in ${dropped.cell.stage.name} × ${dropped.cell.lane.name}. Double-click it on the board to write it.`,
                  }
                : {
                    tone: 'info',
                    text: 'New note outside the cells: it counts once it is moved into a cell.',
                  },
            );
          })
          .catch((failure: unknown) =>
            setOutcome({ tone: 'error', text: errorMessage(failure, 'The note was not added') }),
          );
      }),
    [board],
  );

  const { map } = target;
  return (
    <section className="jm-ws-chips" aria-label="Notes to drag onto the board">
      <h3 className="h4 jm-card-title">Drag a note onto the board</h3>
      <ul className="jm-ws-chip-row">
        {map.lanes.map((lane) => {
          const fill = NOTE_COLOR_HEX[laneNoteColor(lane)];
          return (
            <li
              key={lane.id}
              className="miro-draggable jm-ws-chip"
              {...noteChipAttributes({ mapId: map.id, laneId: lane.id })}
              style={{ background: fill, color: textColorOn(fill) }}
              title={`Drag onto the board for a ${lane.name} note`}
            >
              {lane.name}
            </li>
          );
        })}
      </ul>
      <p
        className={outcome?.tone === 'error' ? 'p-small jm-error' : 'p-small jm-note'}
        role="status"
      >
        {outcome?.text ?? ''}
      </p>
    </section>
  );
}
