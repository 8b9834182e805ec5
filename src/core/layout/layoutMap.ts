import { intervalLength } from '../geometry/Interval.ts';
import { frameRect, type Rect } from '../geometry/Rect.ts';
import { EMOTION_SCORES } from '../model/emotion.ts';
import { goalCardLines } from '../model/goalCard.ts';
import type { Lane } from '../model/journey.schema.ts';
import { LANE_KIND_NOTE_COLORS } from '../model/laneKind.ts';
import type { MapDraft } from '../model/mapDraft.schema.ts';
import { NOTE_COLOR_HEX } from '../model/noteColor.ts';
import { LANE_PROMPTS } from '../model/lanePrompts.ts';
import { PHOTO_TEXT, personaCardLines } from '../model/personaCard.ts';
import { scaleMarkText } from '../model/scaleMark.ts';
import type { Template } from '../model/template.schema.ts';
import type { Grid } from '../model/Grid.ts';
import type {
  BoardPlan,
  PlanItem,
  PlanLayer,
  PlanShape,
  ShapeStyle,
  TextLine,
} from './BoardPlan.ts';
import {
  CARD_HEIGHT,
  DIVIDER_GAP,
  FONT,
  FRAME_PADDING,
  GOAL_WIDTH,
  gridGeometry,
  HEADER_HEIGHT,
  INSET,
  LABEL_COLUMN_WIDTH,
  PERSONA_WIDTH,
  PHOTO_SIZE,
  PROMPT_HEIGHT,
  PROMPT_INSET,
  PROMPT_TOP,
  SCALE_MARK_HEIGHT,
  SCALE_MARK_WIDTH,
  SCALE_ROW_HEIGHT,
  SECTION_GAP,
  STAGE_WIDTH,
  TITLE_HEIGHT,
} from './mapGeometry.ts';
import { placeSamples } from './placeSamples.ts';
import { INK, MUTED, planText } from './planText.ts';

const GRID_LINE = '#c3c6d4';
const BAND = '#f3f4f8';
const DIVIDER_FILL = '#eef0f6';
/** Miro draws shape borders 1–24 wide; the grid's lines are the borders of its columns. */
const GRID_LINE_WIDTH = 2;

const LAYERS: readonly PlanLayer[] = ['background', 'grid', 'content'];

const baseShapeStyle: ShapeStyle = {
  fillColor: '#ffffff',
  fillOpacity: 1,
  borderColor: GRID_LINE,
  borderWidth: 2,
  borderStyle: 'normal',
  color: INK,
  fontSize: 24,
  textAlign: 'center',
  textAlignVertical: 'middle',
};

function shape(
  role: PlanShape['role'],
  layer: PlanShape['layer'],
  rect: Rect,
  lines: TextLine[],
  style: Partial<ShapeStyle> = {},
  kind: PlanShape['shape'] = 'rectangle',
): PlanShape {
  return {
    kind: 'shape',
    role,
    layer,
    rect: frameRect(rect),
    lines,
    shape: kind,
    style: { ...baseShapeStyle, ...style },
  };
}

const cardStyle = { fontSize: FONT.card, textAlign: 'left', textAlignVertical: 'top' } as const;

/**
 * Lays a customised template out as a plan in frame-local units: a title, a persona card with a
 * photo placeholder, stage headers across, lane label boxes down the left (one width, each with
 * its lane's prompt question on it), zebra lane bands, an outline per stage column (its borders
 * are the grid's lines), the emotion scale's marks on the emotions lane's box, labelled divider
 * bands (service blueprint) and, when asked, the template's sample notes. Cells are implicit: the
 * item count grows with stages + lanes, not with their product. The title, headers, labels and
 * cards carry records; the frame has no title of its own, so the title shows once.
 */
export function layoutMap(template: Template, draft: MapDraft): BoardPlan {
  const laneIds = new Set(draft.lanes.map((lane) => lane.id));
  const dividers = template.dividers.filter((divider) => laneIds.has(divider.below));
  const grid = gridGeometry(
    draft.stages.length,
    draft.lanes,
    new Set(dividers.map((divider) => divider.below)),
  );
  const gridWidth = draft.stages.length * STAGE_WIDTH;
  const items: PlanItem[] = [];

  draft.lanes.forEach((lane, index) => {
    const row = grid.rows[index];
    if (row && index % 2 === 1)
      items.push(
        shape(
          'laneBand',
          'background',
          { x: grid.gridLeft, y: row.start, width: gridWidth, height: intervalLength(row) },
          [],
          {
            fillColor: BAND,
            borderColor: BAND,
          },
        ),
      );
  });

  grid.columns.forEach((column) => {
    items.push(
      shape(
        'stageColumn',
        'grid',
        {
          x: column.start,
          y: grid.gridTop,
          width: intervalLength(column),
          height: grid.gridBottom - grid.gridTop,
        },
        [],
        { fillOpacity: 0, borderColor: GRID_LINE, borderWidth: GRID_LINE_WIDTH },
      ),
    );
  });

  for (const divider of dividers) {
    const y = grid.dividers.get(divider.below);
    if (y === undefined) continue;
    items.push(
      shape(
        'divider',
        'content',
        {
          x: FRAME_PADDING + INSET,
          y: y - DIVIDER_GAP / 2 + INSET,
          width: LABEL_COLUMN_WIDTH + gridWidth - INSET * 2,
          height: DIVIDER_GAP - INSET * 2,
        },
        [{ text: divider.name, strong: true }],
        {
          fillColor: DIVIDER_FILL,
          borderColor: INK,
          borderWidth: GRID_LINE_WIDTH,
          borderStyle: 'dashed',
          fontSize: FONT.divider,
          textAlign: 'left',
        },
      ),
    );
  }

  items.push({
    kind: 'text',
    role: 'title',
    layer: 'content',
    rect: frameRect({
      x: FRAME_PADDING,
      y: FRAME_PADDING,
      width: grid.frameWidth - FRAME_PADDING * 2,
      height: TITLE_HEIGHT,
    }),
    lines: [{ text: draft.title, strong: true }],
    style: { color: INK, fontSize: FONT.title, textAlign: 'left' },
    record: { v: 2, role: 'title', template: template.id, version: template.version },
  });

  const cardY = FRAME_PADDING + TITLE_HEIGHT + SECTION_GAP;
  const personaX = FRAME_PADDING + PHOTO_SIZE + SECTION_GAP;
  items.push(
    shape(
      'photo',
      'content',
      { x: FRAME_PADDING, y: cardY, width: PHOTO_SIZE, height: PHOTO_SIZE },
      [{ text: PHOTO_TEXT }],
      { fillColor: '#fdf3d8', borderColor: '#e8c66a', borderStyle: 'dashed', color: MUTED },
      'circle',
    ),
  );
  items.push({
    ...shape(
      'persona',
      'content',
      { x: personaX, y: cardY, width: PERSONA_WIDTH, height: CARD_HEIGHT },
      personaCardLines(draft.persona),
      { ...cardStyle, fillColor: '#fdf3d8', borderColor: '#e8c66a' },
      'round_rectangle',
    ),
    record: { v: 2, role: 'persona' },
  });
  if (template.businessGoal)
    items.push({
      ...shape(
        'persona',
        'content',
        {
          x: personaX + PERSONA_WIDTH + SECTION_GAP,
          y: cardY,
          width: GOAL_WIDTH,
          height: CARD_HEIGHT,
        },
        goalCardLines(template.businessGoal),
        { ...cardStyle, fillColor: '#e6f0fd', borderColor: '#8fb6ea' },
        'round_rectangle',
      ),
      record: { v: 2, role: 'goal' },
    });

  draft.stages.forEach((stage, index) => {
    const x = grid.columns[index]?.start ?? grid.gridLeft;
    items.push({
      ...shape(
        'stageHeader',
        'content',
        {
          x: x + INSET,
          y: grid.headerY + INSET,
          width: STAGE_WIDTH - INSET * 2,
          height: HEADER_HEIGHT - INSET * 2,
        },
        [{ text: stage.name, strong: true }],
        { fillColor: INK, borderColor: INK, color: '#ffffff', fontSize: FONT.stageHeader },
        'round_rectangle',
      ),
      record: { v: 2, role: 'stage', id: stage.id, order: index },
    });
  });

  draft.lanes.forEach((lane, index) => {
    const row = grid.rows[index];
    if (!row) return;
    const box = {
      x: FRAME_PADDING + INSET,
      y: row.start + INSET,
      width: LABEL_COLUMN_WIDTH - INSET * 2,
      height: intervalLength(row) - INSET * 2,
    };
    // The box is background so that the prompt and the scale marks can lie on it.
    items.push({
      ...shape('laneLabel', 'background', box, [{ text: lane.name, strong: true }], {
        fillColor: NOTE_COLOR_HEX[LANE_KIND_NOTE_COLORS[lane.kind]],
        fillOpacity: 0.45,
        borderColor: GRID_LINE,
        fontSize: FONT.laneName,
        textAlign: 'left',
        textAlignVertical: 'top',
      }),
      record: { v: 2, role: 'lane', id: lane.id, kind: lane.kind, order: index },
    });
    const scaleWidth = lane.kind === 'emotions' ? SCALE_MARK_WIDTH : 0;
    items.push(
      planText(
        'lanePrompt',
        {
          x: box.x + PROMPT_INSET,
          y: box.y + PROMPT_TOP,
          width: box.width - PROMPT_INSET * 2 - scaleWidth,
          height: Math.min(PROMPT_HEIGHT, box.height - PROMPT_TOP - PROMPT_INSET),
        },
        [{ text: LANE_PROMPTS[lane.kind] }],
        FONT.prompt,
        'left',
        MUTED,
      ),
    );
    if (lane.kind === 'emotions') items.push(...scaleMarks(row.start));
  });

  if (draft.includeSamples) items.push(...placeSamples(template.samples, draft, grid));

  return {
    title: draft.title,
    frame: { title: '', width: grid.frameWidth, height: grid.frameHeight, fillColor: '#ffffff' },
    // In drawing order, so items are listed as they are drawn (a board export keeps that order).
    items: LAYERS.flatMap((layer) => items.filter((item) => item.layer === layer)),
    grid: {
      stages: draft.stages.map(({ id, name }) => ({ id, name })),
      lanes: draft.lanes.map(({ id, name, kind }): Lane => ({ id, name, kind })),
      columns: grid.columns,
      rows: grid.rows,
    } satisfies Grid,
  };
}

function scaleMarks(laneY: number): PlanItem[] {
  const x = FRAME_PADDING + LABEL_COLUMN_WIDTH - INSET - PROMPT_INSET / 2 - SCALE_MARK_WIDTH;
  return EMOTION_SCORES.map((score, row) =>
    planText(
      'scaleMark',
      {
        x,
        y: laneY + row * SCALE_ROW_HEIGHT + (SCALE_ROW_HEIGHT - SCALE_MARK_HEIGHT) / 2,
        width: SCALE_MARK_WIDTH,
        height: SCALE_MARK_HEIGHT,
      },
      [{ text: scaleMarkText(score), strong: true }],
      FONT.scaleMark,
      'right',
      MUTED,
    ),
  );
}
