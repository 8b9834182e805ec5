import type { MapAreas } from '../app/mapAreas.ts';
import type { MapOverview } from '../app/mapOverview.ts';
import type { Rect } from '../core/geometry/Rect.ts';
import { formatEmotionMean } from '../core/model/formatEmotionMean.ts';

type Props = {
  /** The map's title as shown. */
  title: string;
  overview: MapOverview;
  areas: MapAreas | undefined;
  onShow: (area: Rect) => void;
};

function notes(count: number): string {
  return count === 1 ? '1 note' : `${count} notes`;
}

/** Stages across, lanes down: how many notes each cell holds, each a way to it on the board. */
export function NoteMatrix({ title, overview, areas, onShow }: Props) {
  const { stages, lanes, counts, emotions } = overview;
  return (
    <div className="jm-matrix-scroll" role="region" aria-label={`${title}: notes`} tabIndex={0}>
      <table className="jm-matrix">
        <caption className="jm-visually-hidden">Notes per stage and lane of {title}</caption>
        <thead>
          <tr>
            <td />
            {stages.map((stage) => (
              <th key={stage.id} scope="col">
                {stage.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lanes.map((lane, l) => (
            <tr key={lane.id}>
              <th scope="row" title={lane.name}>
                {lane.name}
              </th>
              {stages.map((stage, s) => {
                const count = counts[l]?.[s] ?? 0;
                const area = areas?.cells[stage.id]?.[lane.id] ?? areas?.frame ?? null;
                return (
                  <td key={stage.id} className={count === 0 ? 'jm-cell-empty' : undefined}>
                    {area ? (
                      <button
                        type="button"
                        className="jm-cell"
                        aria-label={`${stage.name} × ${lane.name}: ${notes(count)} — show on board`}
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
            {emotions.map((mean, s) => (
              <td key={stages[s]?.id ?? s}>
                {mean === null ? (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="jm-visually-hidden">no score</span>
                  </>
                ) : (
                  formatEmotionMean(mean)
                )}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
