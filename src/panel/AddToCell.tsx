import { useId, useState } from 'react';
import { addToCell } from '../app/addToCell.ts';
import { selectedCell } from '../app/selectedCell.ts';
import type { Board } from '../board/port.ts';
import { EMOTION_SCORES, formatEmotion, type EmotionScore } from '../core/model/emotion.ts';
import type { JourneyMap } from '../core/model/journey.schema.ts';
import { cellOfMap, type CellChoice } from './cellChoice.ts';
import { CellPicker } from './CellPicker.tsx';
import { errorMessage } from './errorMessage.ts';
import './workshopTools.css';

type Props = {
  board: Board;
  map: JourneyMap;
  /** The cell chosen last (in the grid or here); null for the map's first. */
  cell: CellChoice | null;
  onCellChange: (cell: CellChoice) => void;
};

type Outcome = { tone: 'done' | 'error'; text: string };

function addedLine(added: number, crowded: number): string {
  const notes = added === 1 ? '1 note' : `${added} notes`;
  if (crowded === 0) return `Added ${notes}.`;
  return `Added ${notes}. The cell is crowded: ${crowded === 1 ? '1 note overlaps' : `${crowded} notes overlap`} others.`;
}

/** Typing notes into a chosen cell, one per line; in an emotions lane, with a score. */
export function AddToCell({ board, map, cell: choice, onCellChange }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [score, setScore] = useState<EmotionScore>(0);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const cell = cellOfMap(map, choice);
  if (!cell) return null;
  const lane = map.lanes.find((candidate) => candidate.id === cell.laneId);
  const scored = lane?.kind === 'emotions';

  const add = () => {
    setBusy(true);
    setOutcome(null);
    addToCell(board, { mapId: map.id, ...cell, text, score: scored ? score : null }).then(
      ({ ids, crowded }) => {
        setBusy(false);
        setText('');
        setOutcome({ tone: 'done', text: addedLine(ids.length, crowded) });
      },
      (failure: unknown) => {
        setBusy(false);
        setOutcome({ tone: 'error', text: errorMessage(failure, 'The notes could not be added') });
      },
    );
  };

  const useSelected = () => {
    setOutcome(null);
    selectedCell(board, map.id).then(
      (found) => {
        if (found) onCellChange(found);
        else setOutcome({ tone: 'error', text: 'Select a note in a cell of this map first.' });
      },
      (failure: unknown) =>
        setOutcome({
          tone: 'error',
          text: errorMessage(failure, 'The selection could not be read'),
        }),
    );
  };

  return (
    <section className="jm-ws-add" aria-label="Add to a cell">
      <h3 className="h4 jm-card-title">Add to a cell</h3>
      <CellPicker map={map} cell={cell} onChange={onCellChange} />
      <button type="button" className="button button-tertiary button-small" onClick={useSelected}>
        Cell of the selected note
      </button>
      <div className="form-group">
        <label htmlFor={`${id}-text`}>Notes, one per line</label>
        <textarea
          id={`${id}-text`}
          className="textarea"
          rows={3}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      {scored && (
        <fieldset className="jm-ws-score">
          <legend className="p-small">Score</legend>
          {EMOTION_SCORES.map((option) => (
            <label key={option} className="jm-ws-score-option">
              <input
                type="radio"
                name={`${id}-score`}
                checked={score === option}
                onChange={() => setScore(option)}
              />
              {formatEmotion(option)}
            </label>
          ))}
        </fieldset>
      )}
      <button
        type="button"
        className="button button-primary button-small"
        onClick={add}
        disabled={busy || text.trim() === ''}
      >
        Add notes
      </button>
      {outcome && (
        <p className={`p-small ${outcome.tone === 'error' ? 'jm-error' : 'jm-note'}`} role="status">
          {outcome.text}
        </p>
      )}
    </section>
  );
}
