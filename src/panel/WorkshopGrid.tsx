import type { MapAreas } from '../app/mapAreas.ts';
import type { BoardRect } from '../core/geometry/Rect.ts';
import type { MapReport } from '../core/report/Report.ts';

type Props = {
  /** The map's title as shown. */
  title: string;
  report: MapReport;
  areas: MapAreas | undefined;
  onShow: (area: BoardRect) => void;
  /** Told of the cell clicked, besides zooming to it, so that other parts can work on it. */
  onChoose?: (cell: { stageId: string; laneId: string }) => void;
};

function notesInCell(count: number): string {
  return count === 0 ? 'empty' : count === 1 ? '1 note' : `${count} notes`;
}

function emptyCellsLine(empty: number, total: number): string {
  if (empty === 0) return `Every cell has a note (${total} cells).`;
  return empty === 1 ? `1 of ${total} cells is empty.` : `${empty} of ${total} cells are empty.`;
}

/** The map's cells, stages across and lanes down, with their note counts; empty ones stand out. */
export function WorkshopGrid({ title, report, areas, onShow, onChoose }: Props) {
  const { map, stages } = report;
  const total = stages.length * map.lanes.length;
  const empty = stages.reduce(
    (sum, stage) => sum + map.lanes.filter((lane) => !stage.noteCounts[lane.id]).length,
    0,
  );
  return (
    <>
      <p className="p-small jm-note">{emptyCellsLine(empty, total)}</p>
      <div className="jm-ws-grid-scroll" role="region" aria-label={`${title}: cells`} tabIndex={0}>
        <table className="jm-ws-grid">
          <caption className="jm-visually-hidden">Notes per cell of {title}</caption>
          <thead>
            <tr>
              <td />
              {stages.map((stage) => (
                <th key={stage.stageId} scope="col" title={stage.stageName}>
                  <span className="jm-ws-stage">{stage.stageName}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.lanes.map((lane) => (
              <tr key={lane.id}>
                <th scope="row" title={lane.name}>
                  {lane.name}
                </th>
                {stages.map((stage) => {
                  const count = stage.noteCounts[lane.id] ?? 0;
                  const area = areas?.cells[stage.stageId]?.[lane.id];
                  const className = count === 0 ? 'jm-ws-cell jm-ws-cell-empty' : 'jm-ws-cell';
                  return (
                    <td key={stage.stageId}>
                      {area ? (
                        <button
                          type="button"
                          className={className}
                          aria-label={`${stage.stageName} × ${lane.name}: ${notesInCell(count)} — zoom to it`}
                          onClick={() => {
                            onShow(area);
                            onChoose?.({ stageId: stage.stageId, laneId: lane.id });
                          }}
                        >
                          {count}
                        </button>
                      ) : (
                        <span className={className}>{count}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
