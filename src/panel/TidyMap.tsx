import { useState } from 'react';
import { applyTidy, planTidyOnBoard, type PlannedMove } from '../app/tidyMap.ts';
import type { Board } from '../board/port.ts';
import type { JourneyMap } from '../core/model/journey.schema.ts';
import type { CellChoice } from './cellChoice.ts';
import { errorMessage } from './errorMessage.ts';

type Props = {
  board: Board;
  map: Pick<JourneyMap, 'id' | 'stages' | 'lanes'>;
  /** The cell chosen in the panel, which can be tidied alone. */
  cell: CellChoice | null;
};

type Step =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'planned'; moves: PlannedMove[] }
  | { kind: 'said'; text: string; tone: 'done' | 'error' };

const notes = (count: number) => (count === 1 ? '1 note' : `${count} notes`);

/** The planned moves grouped by the cell they stay in, in plan order. */
function byCell(moves: readonly PlannedMove[]): [string, PlannedMove[]][] {
  const groups = new Map<string, PlannedMove[]>();
  for (const move of moves) {
    const key = `${move.stageName} × ${move.laneName}`;
    groups.set(key, [...(groups.get(key) ?? []), move]);
  }
  return [...groups];
}

/** Tidy: first what it will move, by cell, then "Move them". */
export function TidyMap({ board, map, cell }: Props) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const stage = map.stages.find((candidate) => candidate.id === cell?.stageId);
  const lane = map.lanes.find((candidate) => candidate.id === cell?.laneId);
  const fail = (failure: unknown, fallback: string) =>
    setStep({ kind: 'said', tone: 'error', text: errorMessage(failure, fallback) });

  const plan = (only: CellChoice | null) => {
    setStep({ kind: 'busy' });
    planTidyOnBoard(board, { mapId: map.id, ...(only ? { cell: only } : {}) }).then(
      (moves) =>
        setStep(
          moves.length === 0
            ? { kind: 'said', tone: 'done', text: 'Nothing to tidy: every note is in place.' }
            : { kind: 'planned', moves },
        ),
      (failure: unknown) => fail(failure, 'The map could not be read'),
    );
  };
  const move = (moves: readonly PlannedMove[]) => {
    setStep({ kind: 'busy' });
    applyTidy(board, moves).then(
      (moved) => setStep({ kind: 'said', tone: 'done', text: `Moved ${notes(moved)}.` }),
      (failure: unknown) => fail(failure, 'The notes could not be moved'),
    );
  };

  const busy = step.kind === 'busy';
  return (
    <section className="jm-ws-tidy" aria-label="Tidy">
      <h3 className="h4 jm-card-title">Tidy</h3>
      <div className="jm-ws-tidy-actions">
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => plan(null)}
          disabled={busy}
        >
          Tidy the map
        </button>
        {cell && stage && lane && (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => plan(cell)}
            disabled={busy}
          >
            Tidy {stage.name} × {lane.name}
          </button>
        )}
      </div>
      {step.kind === 'planned' && (
        <div className="jm-ws-tidy-plan">
          <p className="p-small" role="status">
            {notes(step.moves.length)} will move.
          </p>
          <ul className="jm-rows">
            {byCell(step.moves).map(([name, moves]) => (
              <li key={name} className="p-small">
                {name}: {moves.map((planned) => planned.text.trim() || '(no text)').join(', ')}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button button-primary button-small"
            onClick={() => move(step.moves)}
          >
            Move them
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setStep({ kind: 'idle' })}
          >
            Cancel
          </button>
        </div>
      )}
      {step.kind === 'said' && (
        <p className={`p-small ${step.tone === 'error' ? 'jm-error' : 'jm-note'}`} role="status">
          {step.text}
        </p>
      )}
    </section>
  );
}
