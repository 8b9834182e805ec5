import { useId, useState } from 'react';
import { ReadingStatus, RefreshButton } from './ReadingStatus.tsx';
import type { Board } from '../board/port.ts';
import type { BoardRect } from '../core/geometry/Rect.ts';
import type { Clock } from './Clock.ts';
import { EMPTY_BOARD_MESSAGE } from './emptyBoardMessage.ts';
import { errorMessage } from './errorMessage.ts';
import { MapReport } from './MapReport.tsx';
import { ReportComparisons } from './ReportComparisons.tsx';
import { ReportExports } from './ReportExports.tsx';
import { ReportWarnings } from './ReportWarnings.tsx';
import { useReportOnBoard } from './useReportOnBoard.ts';

type Props = { board: Board; active: boolean; clock: Clock };

/** The journey maps on the board at a glance; kept up to date while the tab is shown. */
export function ReportTab({ board, active, clock }: Props) {
  const toggleId = useId();
  const [selectionOnly, setSelectionOnly] = useState(false);
  const [zoomError, setZoomError] = useState<string | null>(null);
  const { latest, loading, error, refresh } = useReportOnBoard(board, selectionOnly, active, clock);
  const reading = latest?.reading ?? null;
  const report = latest?.report ?? null;

  const show = (area: BoardRect) => {
    setZoomError(null);
    board
      .zoomTo(area)
      .catch((failure: unknown) =>
        setZoomError(errorMessage(failure, 'That part of the board could not be shown')),
      );
  };

  const problem = error ?? zoomError;
  return (
    <div className="jm-report">
      <div className="jm-report-bar">
        <label className="toggle" htmlFor={toggleId}>
          <input
            id={toggleId}
            type="checkbox"
            checked={selectionOnly}
            onChange={(event) => setSelectionOnly(event.target.checked)}
          />
          <span>Only the selected frame</span>
        </label>
        <RefreshButton onRefresh={refresh} loading={loading} />
      </div>
      <ReadingStatus loading={loading} problem={problem} />
      {reading && selectionOnly && !reading.selectionApplied && reading.maps.length > 0 && (
        <p className="p-small jm-note">No journey map is selected — showing every map.</p>
      )}
      {report && report.maps.length === 0 && (
        <p className="p-small jm-intro">{EMPTY_BOARD_MESSAGE}</p>
      )}
      {reading && report && report.maps.length > 0 && (
        <ul className="jm-gallery" aria-label="Journey maps">
          {report.maps.map((mapReport) => (
            <MapReport
              key={mapReport.map.id}
              board={board}
              report={mapReport}
              generatedAt={report.generatedAt}
              areas={reading.areas[mapReport.map.id]}
              onShow={show}
            />
          ))}
        </ul>
      )}
      {report && report.maps.length > 1 && <ReportComparisons comparisons={report.comparisons} />}
      {report && report.maps.length > 0 && <ReportExports report={report} />}
      {report && <ReportWarnings warnings={report.warnings} />}
    </div>
  );
}
