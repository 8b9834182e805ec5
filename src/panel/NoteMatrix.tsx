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

/** Runs of neighbouring columns under one phase ('' for none), for a row over the stage names. */
function phaseRuns(phases: readonly string[]): { phase: string; span: number }[] {
  const runs: { phase: string; span: number }[] = [];
  for (const phase of phases) {
    const last = runs[runs.length - 1];
    if (last && last.phase === phase) last.span += 1;
    else runs.push({ phase, span: 1 });
  }
  return runs;
}

/**
 * Stages across, lanes down: how many notes each cell holds, each a way to it on the board. The
 * columns share the panel's width, however many stages there are; stage names run upwards.
 */
export function NoteMatrix({ title, report, areas, onShow }: Props) {
  const { stages, map } = report;
  const phaseOf = new Map(map.stages.map((stage) => [stage.id, stage.phase ?? '']));
  const phases = stages.map((stage) => phaseOf.get(stage.stageId) ?? '');
  const hasPhases = phases.some((phase) => phase !== '');
  return (
    <div className="jm-matrix-scroll" role="region" aria-label={`${title}: notes`} tabIndex={0}>
      <table className="jm-matrix jm-matrix-notes">
        <caption className="jm-visually-hidden">Notes per stage and lane of {title}</caption>
        <colgroup>
          <col className="jm-matrix-lanes" />
          <col span={stages.length} />
        </colgroup>
        <thead>
          {hasPhases && (
            <tr>
              <td />
              {phaseRuns(phases).map(({ phase, span }, index) =>
                phase === '' ? (
                  <td key={index} colSpan={span} />
                ) : (
                  <th
                    key={index}
                    scope="colgroup"
                    colSpan={span}
                    className="jm-phase"
                    title={phase}
                  >
                    {phase}
                  </th>
                ),
              )}
            </tr>
          )}
          <tr>
            <td />
            {stages.map((stage) => (
              <th key={stage.stageId} scope="col" className="jm-stage" title={stage.stageName}>
                <span className="jm-stage-name">{stage.stageName}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.lanes.map((lane) => (
            <tr key={lane.id}>
              <th
                scope="row"
                title={lane.description ? `${lane.name}: ${lane.description}` : lane.name}
              >
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
