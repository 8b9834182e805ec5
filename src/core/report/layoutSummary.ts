import { frameRect, type Rect } from '../geometry/Rect.ts';
import type {
  PlanConnector,
  PlanItem,
  PlanShape,
  PlanText,
  ShapeStyle,
  SummaryPlan,
  TextLine,
} from '../layout/BoardPlan.ts';
import { formatEmotion, scaleDepth } from '../model/emotion.ts';
import { formatEmotionMean } from '../model/formatEmotionMean.ts';
import { mapHeadline } from './mapHeadline.ts';
import { mapTitle } from './mapTitle.ts';
import type { MapReport } from './Report.ts';

export type SummaryLayoutOptions = { width?: number };

const INK = '#1a1a2e';
const MUTED = '#5f6275';
const AXIS = '#c3c6d4';
/** Faint enough that the curve's connectors show through, whichever way Miro stacks them. */
const BAND_OPACITY = 0.1;
const NEGATIVE = '#e5484d';
const NEUTRAL = '#8f93a6';
const POSITIVE = '#30a46c';

const PADDING = 60;
const GAP = 40;
const TITLE_HEIGHT = 80;
const HEADING_HEIGHT = 50;
const AXIS_LABEL_WIDTH = 80;
/** Height of the curve's −2..+2 range. */
const PLOT_HEIGHT = 400;
const POINT_SIZE = 40;
const STAGE_LABEL_HEIGHT = 90;
const LINE_HEIGHT = 36;
const FINDING_HEIGHT = 130;
const AXIS_LEVELS = [2, 0, -2] as const;

const findingStyle: ShapeStyle = {
  fillColor: '#fff6e5',
  fillOpacity: 1,
  borderColor: '#f5a623',
  borderWidth: 2,
  borderStyle: 'normal',
  color: INK,
  fontSize: 20,
  textAlign: 'left',
  textAlignVertical: 'middle',
};

function text(
  role: PlanText['role'],
  rect: Rect,
  lines: TextLine[],
  fontSize = 24,
  textAlign: PlanText['style']['textAlign'] = 'left',
  color = INK,
): PlanText {
  return {
    kind: 'text',
    role,
    layer: 'content',
    rect: frameRect(rect),
    lines,
    style: { color, fontSize, textAlign },
  };
}

function pointColor(score: number): string {
  return score < 0 ? NEGATIVE : score > 0 ? POSITIVE : NEUTRAL;
}

/**
 * The summary of one map as a frame of its own: a title, the emotion curve drawn with circles
 * on a −2..+2 axis joined by connectors, the lowest and highest moment, the top pain points and
 * every failed health check (one per check) with its advice. Rects are frame-local, top-left origin.
 */
export function layoutSummary(report: MapReport, options: SummaryLayoutOptions = {}): SummaryPlan {
  const width = options.width ?? 1600;
  const inner = width - 2 * PADDING;
  const title = `Summary — ${mapTitle(report.map)}`;
  const items: PlanItem[] = [];
  const connectors: PlanConnector[] = [];
  let y = PADDING;
  /** A full-width text at `y`, then `y` moves below it and the gap after it. */
  const block = (
    role: PlanText['role'],
    height: number,
    lines: TextLine[],
    fontSize?: number,
    gapAfter = GAP,
  ) => {
    items.push(text(role, { x: PADDING, y, width: inner, height }, lines, fontSize));
    y += height + gapAfter;
  };

  block('summaryTitle', TITLE_HEIGHT, [{ text: title, strong: true }], 48);
  block('summaryHeading', HEADING_HEIGHT, [{ text: 'Emotion curve', strong: true }], 32);

  // The plot leaves half a point above +2 and below −2 so circles at the ends stay inside it.
  const plotTop = y + POINT_SIZE / 2;
  const levelY = (score: number) => plotTop + scaleDepth(score) * PLOT_HEIGHT;
  const plotLeft = PADDING + AXIS_LABEL_WIDTH;
  const plotWidth = inner - AXIS_LABEL_WIDTH;
  // Two tinted bands draw the axis: their shared edge is 0, their outer edges +2 and −2.
  const band = (from: number, to: number, fillColor: string): PlanShape => ({
    kind: 'shape',
    role: 'curveBand',
    layer: 'background',
    shape: 'rectangle',
    rect: frameRect({
      x: plotLeft,
      y: levelY(from),
      width: plotWidth,
      height: levelY(to) - levelY(from),
    }),
    lines: [],
    style: {
      ...findingStyle,
      fillColor,
      fillOpacity: BAND_OPACITY,
      borderColor: AXIS,
      borderWidth: 1,
    },
  });
  items.push(band(2, 0, POSITIVE), band(0, -2, NEGATIVE));
  for (const level of AXIS_LEVELS)
    items.push(
      text(
        'curveLabel',
        { x: PADDING, y: levelY(level) - 20, width: AXIS_LABEL_WIDTH - 10, height: 40 },
        [{ text: formatEmotion(level) }],
        24,
        'right',
        MUTED,
      ),
    );

  const columns = Math.max(report.curve.length, 1);
  const columnWidth = plotWidth / columns;
  const labelsTop = plotTop + PLOT_HEIGHT + POINT_SIZE / 2 + 10;
  let previousPoint: number | null = null;
  report.curve.forEach((point, index) => {
    const centerX = plotLeft + columnWidth * (index + 0.5);
    items.push(
      text(
        'curveStage',
        {
          x: plotLeft + columnWidth * index,
          y: labelsTop,
          width: columnWidth,
          height: STAGE_LABEL_HEIGHT,
        },
        [{ text: point.stageName, strong: true }, { text: formatEmotionMean(point.score) }],
        20,
        'center',
      ),
    );
    if (point.score === null) return;
    const pointIndex = items.length;
    items.push(circle(centerX, levelY(point.score), point.score));
    if (previousPoint !== null)
      connectors.push({
        kind: 'connector',
        fromIndex: previousPoint,
        toIndex: pointIndex,
        style: {
          strokeColor: MUTED,
          strokeWidth: 4,
          strokeStyle: 'normal',
          startStrokeCap: 'none',
          endStrokeCap: 'none',
        },
      });
    previousPoint = pointIndex;
  });
  y = labelsTop + STAGE_LABEL_HEIGHT + GAP;

  const headline = mapHeadline(report);
  const moments = [{ text: headline.lowest }, { text: headline.highest }];
  block('summaryFinding', moments.length * LINE_HEIGHT, moments);
  const pains = painPointLines(headline.painPoints);
  block('summaryFinding', pains.length * LINE_HEIGHT, pains);

  block('summaryHeading', HEADING_HEIGHT, [{ text: 'Health checks', strong: true }], 32, GAP / 2);
  if (report.findings.length === 0)
    block(
      'summaryFinding',
      LINE_HEIGHT,
      [{ text: 'Every health check passed.' }],
      undefined,
      GAP / 2,
    );
  for (const finding of report.findings) {
    const shape: PlanShape = {
      kind: 'shape',
      role: 'summaryFinding',
      layer: 'content',
      shape: 'round_rectangle',
      rect: frameRect({ x: PADDING, y, width: inner, height: FINDING_HEIGHT }),
      lines: [{ text: finding.message, strong: true }, { text: finding.advice }],
      style: findingStyle,
    };
    items.push(shape);
    y += FINDING_HEIGHT + GAP / 2;
  }

  return {
    title,
    frame: { title, width, height: y + PADDING, fillColor: '#ffffff' },
    items,
    connectors,
  };
}

function circle(centerX: number, centerY: number, score: number): PlanShape {
  return {
    kind: 'shape',
    role: 'curvePoint',
    layer: 'content',
    shape: 'circle',
    rect: frameRect({
      x: centerX - POINT_SIZE / 2,
      y: centerY - POINT_SIZE / 2,
      width: POINT_SIZE,
      height: POINT_SIZE,
    }),
    lines: [],
    style: {
      ...findingStyle,
      fillColor: pointColor(score),
      borderColor: pointColor(score),
      textAlign: 'center',
    },
  };
}

function painPointLines(painPoints: readonly string[]): TextLine[] {
  if (painPoints.length === 0) return [{ text: 'Top pain points: none recorded', strong: true }];
  return [
    { text: 'Top pain points', strong: true },
    ...painPoints.map((text, index) => ({ text: `${index + 1}. ${text}` })),
  ];
}
