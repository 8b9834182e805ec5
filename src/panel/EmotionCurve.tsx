import { formatEmotion, scaleDepth } from '../core/model/emotion.ts';
import { formatEmotionMean } from '../core/model/formatEmotionMean.ts';
import type { CurvePoint } from '../core/report/Report.ts';
import { shortenName } from '../core/text/shortenName.ts';

const WIDTH = 280;
const PLOT_HEIGHT = 100;
const LEFT = 24;
const TOP = 8;
const BOTTOM = 8;
const LABEL_ROW = 12;
/** About the width of one character of the 10 px label font, in viewBox units. */
const CHARACTER_WIDTH = 5.6;
/** Below this column width, labels alternate between two rows to get twice the room. */
const TWO_ROWS_BELOW = 44;

type Column = {
  point: CurvePoint;
  x: number;
  labelX: number;
  y: number | null;
  label: string;
  row: number;
};

/** Neighbouring scored columns: each run is one stretch of line; an unscored stage breaks it. */
function scoredRuns(columns: readonly Column[]): Column[][] {
  const runs: Column[][] = [];
  let run: Column[] = [];
  for (const column of columns) {
    if (column.y === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(column);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function tooltip(point: CurvePoint): string {
  return `${point.stageName}: ${point.score === null ? 'no score' : formatEmotionMean(point.score)}`;
}

/**
 * The emotion curve as a small chart: stages across, named below (shortened, the full name in the
 * tooltip), −2 (bottom) to +2 (top). A stage with no score breaks the line and is marked by a
 * dashed rule, so the line never bridges it.
 */
export function EmotionCurve({ curve, title }: { curve: readonly CurvePoint[]; title: string }) {
  const step = (WIDTH - LEFT) / Math.max(curve.length, 1);
  const rows = step < TWO_ROWS_BELOW ? 2 : 1;
  const maxChars = Math.max(1, Math.floor((step * rows - 4) / CHARACTER_WIDTH));
  const height = PLOT_HEIGHT + rows * LABEL_ROW + 2;
  const y = (score: number) => TOP + scaleDepth(score) * (PLOT_HEIGHT - TOP - BOTTOM);
  const columns: Column[] = curve.map((point, index) => {
    const label = shortenName(point.stageName, maxChars);
    const half = ([...label].length * CHARACTER_WIDTH) / 2;
    const x = LEFT + step * (index + 0.5);
    return {
      point,
      x,
      // a label wider than its column is kept inside the chart
      labelX: Math.min(Math.max(x, half), WIDTH - half),
      y: point.score === null ? null : y(point.score),
      label,
      row: rows === 2 ? index % 2 : 0,
    };
  });
  return (
    <svg
      className="jm-curve"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={`Emotion curve of ${title}`}
    >
      {[2, 0, -2].map((level) => (
        <g key={level}>
          <line x1={LEFT} x2={WIDTH} y1={y(level)} y2={y(level)} className="jm-curve-axis" />
          <text x={LEFT - 4} y={y(level) + 4} textAnchor="end" className="jm-curve-label">
            {formatEmotion(level)}
          </text>
        </g>
      ))}
      {columns.map((column) =>
        column.y === null ? (
          <line
            key={column.point.stageId}
            x1={column.x}
            x2={column.x}
            y1={TOP}
            y2={PLOT_HEIGHT - BOTTOM}
            className="jm-curve-gap"
          >
            <title>{tooltip(column.point)}</title>
          </line>
        ) : null,
      )}
      {scoredRuns(columns).map((run) => (
        <polyline
          key={run[0]?.point.stageId}
          className="jm-curve-line"
          points={run.map((column) => `${column.x},${column.y}`).join(' ')}
        />
      ))}
      {columns.map((column) =>
        column.y === null ? null : (
          <circle
            key={column.point.stageId}
            cx={column.x}
            cy={column.y}
            r={4}
            className="jm-curve-point"
          >
            <title>{tooltip(column.point)}</title>
          </circle>
        ),
      )}
      {columns.map((column) => (
        <text
          key={column.point.stageId}
          x={column.labelX}
          y={PLOT_HEIGHT + LABEL_ROW * (column.row + 1) - 2}
          textAnchor="middle"
          className={
            column.point.score === null
              ? 'jm-curve-stage jm-curve-stage-unscored'
              : 'jm-curve-stage'
          }
        >
          <title>{tooltip(column.point)}</title>
          {column.label}
        </text>
      ))}
    </svg>
  );
}
