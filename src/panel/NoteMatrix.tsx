import type { MapAreas } from '../app/mapAreas.ts';
import type { BoardRect } from '../core/geometry/Rect.ts';
import { formatEmotionMean } from '../core/model/formatEmotionMean.ts';
import type { MapReport } from '../core/report/Report.ts';

type Props = {
  /** The map's title as shown. */
  title: string;
  report: MapReport;
  areas: MapAreas | undefined;
  onShow: (area: BoardRect) => void;
};

function notes(count: number): string {
  return count === 1 ? '1 note' : `${count} notes`;
}

/** Stages across, lanes down: how many notes each cell holds, each a way to it on the board. */
export function NoteMatrix({ title, report, areas, onShow }: Props) {
  const { stages, map } = report;
  return (
    <div className="jm-matrix-scroll" role="region" aria-label={`${title}: notes`} tabIndex={0}>
      <table className="jm-matrix">
        <caption className="jm-visually-hidden">Notes per stage and lane of {title}</caption>
        <thead>
          <tr>
            <td />
            {stages.map((stage) => (
              <th key={stage.stageId} scope="col">
                {stage.stageName}
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
                const area = areas?.cells[stage.stageId]?.[lane.id] ?? areas?.frame ?? null;
                return (
                  <td key={stage.stageId} className={count === 0 ? 'jm-cell-empty' : undefined}>
                    {area ? (
                      <button
                        type="button"
                        className="jm-cell"
                        aria-label={`${stage.stageName} × ${lane.name}: ${notes(count)} — show on board`}
                        onClick={() => onShow(area)}
                      >
                        {count}
                      </button>
                    ) : (
                      count
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Emotion</th>
            {stages.map((stage) => (
              <td key={stage.stageId}>
                {stage.emotionMean === null ? (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="jm-visually-hidden">no score</span>
                  </>
                ) : (
                  formatEmotionMean(stage.emotionMean)
                )}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
