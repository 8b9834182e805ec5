import { formatEmotion, scaleDepth } from '../core/model/emotion.ts';
import { formatEmotionMean } from '../core/model/formatEmotionMean.ts';
import type { CurvePoint } from '../core/report/Report.ts';

const WIDTH = 280;
const HEIGHT = 100;
const LEFT = 24;
const TOP = 8;
const BOTTOM = 8;

/** The emotion curve as a small chart: stages across, −2 (bottom) to +2 (top); a point's tooltip names its stage. */
export function EmotionCurve({ curve, title }: { curve: readonly CurvePoint[]; title: string }) {
  const step = (WIDTH - LEFT) / Math.max(curve.length, 1);
  const x = (index: number) => LEFT + step * (index + 0.5);
  const y = (score: number) => TOP + scaleDepth(score) * (HEIGHT - TOP - BOTTOM);
  const scored = curve.flatMap((point, index) =>
    point.score === null
      ? []
      : [
          {
            key: point.stageId,
            x: x(index),
            y: y(point.score),
            label: `${point.stageName}: ${formatEmotionMean(point.score)}`,
          },
        ],
  );
  return (
    <svg
      className="jm-curve"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
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
      <polyline
        className="jm-curve-line"
        points={scored.map((point) => `${point.x},${point.y}`).join(' ')}
      />
      {scored.map((point) => (
        <circle key={point.key} cx={point.x} cy={point.y} r={4} className="jm-curve-point">
          <title>{point.label}</title>
        </circle>
      ))}
    </svg>
  );
}
