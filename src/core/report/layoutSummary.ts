import { frameRect } from '../geometry/Rect.ts';
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
import { dateInWords } from './dateInWords.ts';
import { INK, MUTED, planText } from '../layout/planText.ts';
import { HEADLINE_PAIN_POINTS, painPointText } from './mapHeadline.ts';
import { mapTitle } from './mapTitle.ts';
import { keyMoments } from './render/keyMoments.ts';
import { personaText } from './render/mapSection.ts';
import { rankLabels } from './render/rankLabels.ts';
import { NOTHING_NOTED, stageStory } from './render/stageNarrative.ts';
import type { MapReport } from './Report.ts';

/** `width` defaults to what gives each stage's story a readable column. */
export type SummaryLayoutOptions = { width?: number };

const AXIS = '#c3c6d4';
/** Faint enough that the curve's connectors show through, whichever way Miro stacks them. */
const BAND_OPACITY = 0.1;
const NEGATIVE = '#e5484d';
const NEUTRAL = '#8f93a6';
const POSITIVE = '#30a46c';

const PADDING = 60;
const GAP = 40;
const AXIS_LABEL_WIDTH = 80;
/** Height of the curve's −2..+2 range. */
const PLOT_HEIGHT = 400;
const POINT_SIZE = 40;
const STAGE_LABEL_HEIGHT = 90;
const FINDING_HEIGHT = 130;
const MIN_WIDTH = 1600;
/** A stage's column: its curve point, its name and score, and its story below. */
const STAGE_COLUMN_WIDTH = 400;
const STORY_FONT_SIZE = 22;
/** Between neighbouring story cards. */
const STORY_INSET = 8;
/** Room a shape keeps between its edge and its text. */
const SHAPE_PADDING = 20;
/**
 * Room reserved for wrapped text, more than a board needs (its text grows with its content):
 * a line of `width / (0.55 × fontSize)` characters, cut at words, 1.4 × fontSize high.
 */
const RESERVED_CHAR_WIDTH = 0.55;
const RESERVED_LINE_HEIGHT = 1.4;
const AXIS_LEVELS = [2, 0, -2] as const;

const storyStyle: ShapeStyle = {
  fillColor: '#f6f7fb',
  fillOpacity: 1,
  borderColor: '#e1e3ec',
  borderWidth: 1,
  borderStyle: 'normal',
  color: INK,
  fontSize: STORY_FONT_SIZE,
  textAlign: 'left',
  textAlignVertical: 'top',
};

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

function pointColor(score: number): string {
  return score < 0 ? NEGATIVE : score > 0 ? POSITIVE : NEUTRAL;
}

/** How many lines `lines` take when wrapped at words to `charsPerLine` characters. */
function wrappedLineCount(lines: readonly TextLine[], charsPerLine: number): number {
  return lines.reduce((sum, line) => {
    let count = 1;
    let used = 0;
    for (const word of line.text.split(/\s+/u).filter(Boolean)) {
      const length = [...word].length;
      if (used > 0 && used + 1 + length > charsPerLine) {
        count += 1;
        used = 0;
      }
      // A word longer than a line is cut across lines.
      const end = used + (used > 0 ? 1 : 0) + length;
      count += Math.floor((end - 1) / charsPerLine);
      used = ((end - 1) % charsPerLine) + 1;
    }
    return sum + count;
  }, 0);
}

/** The height to reserve for `lines` in a text `width` wide. */
function reservedHeight(lines: readonly TextLine[], width: number, fontSize: number): number {
  const charsPerLine = Math.max(1, Math.floor(width / (RESERVED_CHAR_WIDTH * fontSize)));
  return Math.ceil(wrappedLineCount(lines, charsPerLine) * fontSize * RESERVED_LINE_HEIGHT);
}

/** The top pain points with their ranks, a tie said as one ("=2."), or as a whole when all tie. */
function painPointLines(report: MapReport): TextLine[] {
  const pains = report.topPainPoints;
  if (pains.length === 0) return [{ text: 'Top pain points: none recorded', strong: true }];
  const { labels, allTied } = rankLabels(pains);
  const shown = pains.slice(0, HEADLINE_PAIN_POINTS);
  const heading = allTied
    ? `Top pain points (all ${pains.length} tie, so in stage order)`
    : 'Top pain points';
  return [
    { text: heading, strong: true },
    ...shown.map((pain, index) => ({
      text: allTied ? `• ${painPointText(pain)}` : `${labels[index]}. ${painPointText(pain)}`,
    })),
  ];
}

/** "Persona: Ana, Busy parent · 2 December 2026": who the map is about and the report's date. */
function aboutLine(report: MapReport, generatedAt: string): string {
  const persona = personaText(report.map);
  const date = dateInWords(generatedAt) ?? generatedAt;
  return `${persona === null ? 'No persona named' : `Persona: ${persona}`} · ${date}`;
}

/**
 * The summary of one map as a frame of its own, as a team would paste it: a title, who the map is
 * about and the report's date (`generatedAt`, in words), the lowest and highest moment with
 * their notes, the emotion curve drawn with circles on a −2..+2 axis joined by connectors, each
 * stage's story in a column under its point, the top pain points ranked (ties said as ties) and
 * every failed health check with its advice. No board id is written. Rects are frame-local,
 * top-left origin.
 */
export function layoutSummary(
  report: MapReport,
  generatedAt: string,
  options: SummaryLayoutOptions = {},
): SummaryPlan {
  const columns = Math.max(report.curve.length, 1);
  const width =
    options.width ??
    Math.max(MIN_WIDTH, 2 * PADDING + AXIS_LABEL_WIDTH + columns * STAGE_COLUMN_WIDTH);
  const inner = width - 2 * PADDING;
  const title = `Summary — ${mapTitle(report.map)}`;
  const items: PlanItem[] = [];
  const connectors: PlanConnector[] = [];
  let y = PADDING;
  /** A full-width text at `y`, as high as its wrapped lines; then `y` moves below it and the gap after it. */
  const block = (
    role: PlanText['role'],
    lines: TextLine[],
    fontSize = 28,
    gapAfter = GAP,
    color = INK,
  ) => {
    const height = Math.max(reservedHeight(lines, inner, fontSize), fontSize * 2);
    items.push(
      planText(role, { x: PADDING, y, width: inner, height }, lines, fontSize, 'left', color),
    );
    y += height + gapAfter;
  };

  block('summaryTitle', [{ text: title, strong: true }], 48, GAP / 2);
  block('summaryHeading', [{ text: aboutLine(report, generatedAt) }], 28, GAP, MUTED);
  block(
    'summaryFinding',
    keyMoments(report).map((line) => ({
      text: line.label ? `${line.label}: ${line.text}` : line.text,
    })),
  );
  block('summaryHeading', [{ text: 'Emotion curve and stage by stage', strong: true }], 32);

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
      planText(
        'curveLabel',
        { x: PADDING, y: levelY(level) - 20, width: AXIS_LABEL_WIDTH - 10, height: 40 },
        [{ text: formatEmotion(level) }],
        24,
        'right',
        MUTED,
      ),
    );

  const columnWidth = plotWidth / columns;
  const labelsTop = plotTop + PLOT_HEIGHT + POINT_SIZE / 2 + 10;
  const storiesTop = labelsTop + STAGE_LABEL_HEIGHT;
  const storyWidth = columnWidth - 2 * STORY_INSET;
  const stories = report.curve.map((point) => {
    const stage = report.stages.find((insight) => insight.stageId === point.stageId);
    const story = stage ? stageStory(report, stage) : [];
    return story.length === 0
      ? [{ text: NOTHING_NOTED }]
      : story.flatMap((item): TextLine[] => [
          { text: item.label ?? '', strong: true },
          { text: item.text },
        ]);
  });
  // One height for every card, the tallest story's, so the cards line up as a row.
  const storyHeight =
    Math.max(
      0,
      ...stories.map((lines) =>
        reservedHeight(lines, storyWidth - 2 * SHAPE_PADDING, STORY_FONT_SIZE),
      ),
    ) +
    2 * SHAPE_PADDING;
  let previousPoint: number | null = null;
  report.curve.forEach((point, index) => {
    const columnLeft = plotLeft + columnWidth * index;
    const centerX = columnLeft + columnWidth / 2;
    items.push(
      planText(
        'curveStage',
        { x: columnLeft, y: labelsTop, width: columnWidth, height: STAGE_LABEL_HEIGHT },
        [{ text: point.stageName, strong: true }, { text: formatEmotionMean(point.score) }],
        24,
        'center',
      ),
    );
    items.push({
      kind: 'shape',
      role: 'summaryStory',
      layer: 'content',
      shape: 'rectangle',
      rect: frameRect({
        x: columnLeft + STORY_INSET,
        y: storiesTop,
        width: storyWidth,
        height: storyHeight,
      }),
      lines: stories[index] ?? [],
      style: storyStyle,
    });
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
  y = storiesTop + (report.curve.length > 0 ? storyHeight : 0) + GAP;

  block('summaryFinding', painPointLines(report));

  block('summaryHeading', [{ text: 'Health checks', strong: true }], 32, GAP / 2);
  if (report.findings.length === 0)
    block('summaryFinding', [{ text: 'Every health check passed.' }], undefined, GAP / 2);
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
