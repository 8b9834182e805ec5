import type { ReactNode } from 'react';
import type { BoardRect } from '../core/geometry/Rect.ts';
import type { UnplacedNote } from '../core/model/journey.schema.ts';

type Props = {
  notes: readonly UnplacedNote[];
  /** By note id, where each note is; a note without one cannot be zoomed to. */
  rects: Readonly<Record<string, BoardRect>>;
  onShow: (area: BoardRect) => void;
  /** More actions on a note, shown beside "Zoom to" (such as putting it in a cell). */
  actionsFor?: (note: UnplacedNote) => ReactNode;
};

function shownText(note: UnplacedNote): string {
  return note.text.trim() || '(no text)';
}

/** The notes in the map's frame that are in no cell, each with why and a way to it. */
export function UnplacedNotes({ notes, rects, onShow, actionsFor }: Props) {
  if (notes.length === 0) return <p className="p-small jm-note">Every note is in a cell.</p>;
  return (
    <section className="jm-ws-unplaced" aria-label={`Notes outside the cells (${notes.length})`}>
      <h3 className="h4 jm-card-title">Notes outside the cells ({notes.length})</h3>
      <ul className="jm-rows">
        {notes.map((note) => {
          const rect = rects[note.id];
          return (
            <li key={note.id} className="jm-ws-unplaced-note">
              <div className="jm-ws-unplaced-text">
                <span className="p-small" title={note.text}>
                  {shownText(note)}
                </span>
                <span className="p-small jm-hint">{note.reason}</span>
              </div>
              <div className="jm-ws-unplaced-actions">
                {rect && (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-label={`Zoom to “${shownText(note)}”`}
                    onClick={() => onShow(rect)}
                  >
                    Zoom to
                  </button>
                )}
                {actionsFor?.(note)}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
