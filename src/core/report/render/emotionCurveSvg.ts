import { escapeHtml } from '../../text/htmlEntities.ts';
import { EMOTION_SCORES, formatEmotion, scaleDepth } from '../../model/emotion.ts';
import { formatEmotionMean } from '../../model/formatEmotionMean.ts';
import { shortenName } from '../../text/shortenName.ts';
import type { CurvePoint } from '../Report.ts';

const WIDTH = 640;
const HEIGHT = 240;
/** Room for the scale's labels on the left and the stage names below, in SVG units. */
const LEFT = 36;
const RIGHT = 16;
const TOP = 16;
const BOTTOM = 40;
const LABEL_CHARACTERS = 16;

/**
 * The emotion curve as an inline SVG: stages on x (left to right), the −2..+2 scale on y, a line
 * through the scored stages and each point labelled with its mean. Texts are escaped.
 */
export function emotionCurveSvg(curve: readonly CurvePoint[], title: string): string {
  const step = (WIDTH - LEFT - RIGHT) / Math.max(curve.length, 1);
  const x = (index: number) => round(LEFT + step * (index + 0.5));
  const y = (score: number) => round(TOP + scaleDepth(score) * (HEIGHT - TOP - BOTTOM));
  const grid = EMOTION_SCORES.map(
    (score) =>
      `<line class="grid${score === 0 ? ' zero' : ''}" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(score)}" y2="${y(score)}"/>` +
      `<text class="scale" x="${LEFT - 6}" y="${y(score) + 4}" text-anchor="end">${formatEmotion(score)}</text>`,
  );
  const stages = curve.map(
    (point, index) =>
      `<text class="stage" x="${x(index)}" y="${HEIGHT - BOTTOM + 18}" text-anchor="middle"><title>${escapeHtml(point.stageName)}</title>${escapeHtml(shortenName(point.stageName, LABEL_CHARACTERS))}</text>`,
  );
  const scored = curve.flatMap((point, index) =>
    point.score === null ? [] : [{ x: x(index), y: y(point.score), point }],
  );
  const line =
    scored.length > 1
      ? [`<polyline class="curve" points="${scored.map((p) => `${p.x},${p.y}`).join(' ')}"/>`]
      : [];
  const points = scored.map(
    ({ x: px, y: py, point }) =>
      `<circle class="point" cx="${px}" cy="${py}" r="4"/>` +
      `<text class="value" x="${px}" y="${py - 9}" text-anchor="middle">${formatEmotionMean(point.score)}</text>`,
  );
  return [
    `<svg class="curve-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(`Emotion curve of ${title}`)}" xmlns="http://www.w3.org/2000/svg">`,
    ...grid,
    ...stages,
    ...line,
    ...points,
    '</svg>',
  ].join('\n');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
