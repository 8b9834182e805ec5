import { useId, useState } from 'react';
import { ReadingStatus, RefreshButton } from './ReadingStatus.tsx';
import type { Board } from '../board/port.ts';
import type { BoardRect } from '../core/geometry/Rect.ts';
import { mapTitle } from '../core/report/mapTitle.ts';
import type { MapReport } from '../core/report/Report.ts';
import { AddToCell } from './AddToCell.tsx';
import type { CellChoice } from './cellChoice.ts';
import type { Clock } from './Clock.ts';
import { EMPTY_BOARD_MESSAGE } from './emptyBoardMessage.ts';
import { errorMessage } from './errorMessage.ts';
import { NoteChips } from './NoteChips.tsx';
import { PutInCell } from './PutInCell.tsx';
import { TidyMap } from './TidyMap.tsx';
import { UnplacedNotes } from './UnplacedNotes.tsx';
import { useReportOnBoard } from './useReportOnBoard.ts';
import { useSelectedFrames } from './useSelectedFrames.ts';
import { WorkshopGrid } from './WorkshopGrid.tsx';
import { WorkshopGuide } from './WorkshopGuide.tsx';
import './workshop.css';

type Props = { board: Board; active: boolean; clock: Clock };

/** The map picked from the list while it is on the board, else the first selected, else the first. */
function chosenMap(
  maps: readonly MapReport[],
  picked: string | null,
  selectedFrameIds: readonly string[],
): MapReport | undefined {
  return (
    maps.find((report) => report.map.id === picked) ??
    maps.find((report) => selectedFrameIds.includes(report.map.id)) ??
    maps[0]
  );
}

/** Running a workshop on one map: its cells at a glance, its stray notes, the guide and a timer. */
export function WorkshopTab({ board, active, clock }: Props) {
  const id = useId();
  const [picked, setPicked] = useState<string | null>(null);
  const [zoomError, setZoomError] = useState<string | null>(null);
  const [cell, setCell] = useState<CellChoice | null>(null);
  const { latest, loading, error, refresh } = useReportOnBoard(board, false, active, clock);
  const selection = useSelectedFrames(board, active, latest);
  const maps = latest?.report.maps ?? [];
  const chosen = chosenMap(maps, picked, selection.frameIds);
  const areas = chosen ? latest?.reading.areas[chosen.map.id] : undefined;

  const show = (area: BoardRect) => {
    setZoomError(null);
    board
      .zoomTo(area)
      .catch((failure: unknown) =>
        setZoomError(errorMessage(failure, 'That part of the board could not be shown')),
      );
  };

  const problem = error ?? zoomError ?? selection.error;
  return (
    <div className="jm-workshop">
      <div className="jm-report-bar">
        {maps.length > 0 && chosen ? (
          <div className="form-group jm-ws-map">
            <label htmlFor={`${id}-map`}>Map</label>
            <select
              id={`${id}-map`}
              className="select select-small"
              value={chosen.map.id}
              onChange={(event) => setPicked(event.target.value)}
            >
              {maps.map((report) => (
                <option key={report.map.id} value={report.map.id}>
                  {mapTitle(report.map)}
                  {selection.frameIds.includes(report.map.id) ? ' (selected)' : ''}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <span />
        )}
        <RefreshButton onRefresh={refresh} loading={loading} />
      </div>
      <ReadingStatus loading={loading} problem={problem} />
      {latest && maps.length === 0 && <p className="p-small jm-intro">{EMPTY_BOARD_MESSAGE}</p>}
      {chosen && (
        <WorkshopGrid
          title={mapTitle(chosen.map)}
          report={chosen}
          areas={areas}
          onShow={show}
          onChoose={setCell}
        />
      )}
      {/* The facilitator's steps and timer come first, then the tools for the notes. */}
      <WorkshopGuide
        board={board}
        clock={clock}
        report={chosen}
        onShow={show}
        onRefresh={refresh}
        loading={loading}
      />
      {chosen && (
        <section className="jm-ws-map-section" aria-label={`Notes of ${mapTitle(chosen.map)}`}>
          <NoteChips board={board} target={{ map: chosen.map, frame: areas?.frame ?? null }} />
          <AddToCell board={board} map={chosen.map} cell={cell} onCellChange={setCell} />
          <TidyMap board={board} map={chosen.map} cell={cell} />
          <UnplacedNotes
            notes={chosen.map.unplaced}
            rects={areas?.unplaced ?? {}}
            onShow={show}
            actionsFor={(note) => <PutInCell board={board} map={chosen.map} note={note} />}
          />
        </section>
      )}
    </div>
  );
}
