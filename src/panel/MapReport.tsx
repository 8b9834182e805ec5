import { useId } from 'react';
import type { MapAreas } from '../app/mapAreas.ts';
import type { Board } from '../board/port.ts';
import type { BoardRect } from '../core/geometry/Rect.ts';
import { mapTitle } from '../core/report/mapTitle.ts';
import type { MapReport as MapInsightsReport } from '../core/report/Report.ts';
import { AddSummary } from './AddSummary.tsx';
import { MapInsights } from './MapInsights.tsx';
import { NoteMatrix } from './NoteMatrix.tsx';

type Props = {
  board: Board;
  report: MapInsightsReport;
  /** When the report was made (ISO). */
  generatedAt: string;
  areas: MapAreas | undefined;
  onShow: (area: BoardRect) => void;
};

const STRUCTURE_LABEL = {
  app: 'Recorded by the app',
  inferred: 'Read from the board’s layout',
} as const;

/** One map of the Report tab: its matrix, its insights and its summary, all from its report. */
export function MapReport({ board, report, generatedAt, areas, onShow }: Props) {
  const headingId = useId();
  const { map } = report;
  const unplaced = map.unplaced.length;
  const title = mapTitle(map);
  return (
    <li className="jm-card jm-map-report">
      <section aria-labelledby={headingId}>
        <h3 id={headingId} className="h4 jm-card-title">
          {title}
        </h3>
        <p className="p-small jm-note">{STRUCTURE_LABEL[map.structure]}</p>
        <NoteMatrix title={title} report={report} areas={areas} onShow={onShow} />
        <p className="p-small jm-note">
          {unplaced === 0
            ? 'Every note is in a cell.'
            : unplaced === 1
              ? '1 note is outside the grid.'
              : `${unplaced} notes are outside the grid.`}
        </p>
        <MapInsights report={report} title={title} />
        <AddSummary
          board={board}
          report={report}
          generatedAt={generatedAt}
          framed={areas?.frame !== null}
        />
      </section>
    </li>
  );
}
