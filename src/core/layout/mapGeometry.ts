import { intervalFrom, type Interval } from '../geometry/Interval.ts';
import { EMOTION_SCORES } from '../model/emotion.ts';
import type { Grid } from '../model/Grid.ts';
import type { Lane } from '../model/journey.schema.ts';
import { DEFAULT_NOTE_SIZE } from '../model/noteSize.ts';

/** Board units. Notes are laid out at Miro's default size, 199 × 228 (`DEFAULT_NOTE_SIZE`). */
export const NOTE_WIDTH = DEFAULT_NOTE_SIZE.width;
export const NOTE_HEIGHT = DEFAULT_NOTE_SIZE.height;
export const NOTE_GAP = 20;

export const FRAME_PADDING = 80;
export const TITLE_HEIGHT = 140;
export const SECTION_GAP = 40;
export const CARD_HEIGHT = 300;
/** The persona's photo placeholder, a circle left of its card. */
export const PHOTO_SIZE = CARD_HEIGHT;
export const PERSONA_WIDTH = 1000;
export const GOAL_WIDTH = 900;
export const HEADER_HEIGHT = 140;
/** Every lane label box spans the column, less INSET each side; the emotions lane's marks lie on its box. */
export const LABEL_COLUMN_WIDTH = 440;
export const INSET = 8;
export const DIVIDER_GAP = 60;

/**
 * Font sizes, board units. The panel lands at zoom 0.5 (a unit is half a pixel), so the smallest,
 * 24, reads at 12 px: title > stage headers > lane names > cards, prompts and marks.
 */
export const FONT = {
  title: 96,
  stageHeader: 44,
  laneName: 36,
  divider: 28,
  card: 26,
  prompt: 24,
  scaleMark: 28,
} as const;

/** Where a lane's prompt sits in its label box: this far below the box's top, under the name. */
export const PROMPT_TOP = 72;
export const PROMPT_INSET = 20;
export const PROMPT_HEIGHT = 140;

/** A cell holds 3 × 2 default notes with a gap around each: 20 + 3 × (199 + 20) = 677. */
export const STAGE_WIDTH = 680;
/** 20 + 2 × (228 + 20) = 516. */
export const LANE_HEIGHT = 520;

/** The emotions lane is a scale: one row a score, +2 at the top … −2 at the bottom. */
export const SCALE_ROWS = EMOTION_SCORES.length;
export const SCALE_ROW_HEIGHT = 130;
export const EMOTION_LANE_HEIGHT = SCALE_ROWS * SCALE_ROW_HEIGHT;
/** A mark ("😀 +2") sits at the right of the emotions lane's label box, in its row. */
export const SCALE_MARK_WIDTH = 110;
export const SCALE_MARK_HEIGHT = 50;
/** Notes on the scale are narrower so one fits a row: 100 × 228/199 ≈ 114.6 < 130. */
export const SCALE_NOTE_WIDTH = 100;
export const SCALE_NOTE_GAP = 10;

export function noteHeightForWidth(width: number): number {
  return (width * NOTE_HEIGHT) / NOTE_WIDTH;
}

export function laneHeight(lane: Lane): number {
  return lane.kind === 'emotions' ? EMOTION_LANE_HEIGHT : LANE_HEIGHT;
}

/** Frame-local; every column is STAGE_WIDTH wide. */
export type GridGeometry = Pick<Grid, 'columns' | 'rows'> & {
  /** Frame-local y of the middle of each divider gap, by the id of the lane above it. */
  dividers: Map<string, number>;
  headerY: number;
  gridLeft: number;
  gridTop: number;
  gridBottom: number;
  frameWidth: number;
  frameHeight: number;
};

export function gridGeometry(
  stageCount: number,
  lanes: readonly Lane[],
  dividerBelow: ReadonlySet<string>,
): GridGeometry {
  const headerY = FRAME_PADDING + TITLE_HEIGHT + SECTION_GAP + CARD_HEIGHT + SECTION_GAP;
  const gridLeft = FRAME_PADDING + LABEL_COLUMN_WIDTH;
  const gridTop = headerY + HEADER_HEIGHT;
  const columns = Array.from({ length: stageCount }, (_, i) =>
    intervalFrom(gridLeft + i * STAGE_WIDTH, STAGE_WIDTH),
  );
  const rows: Interval[] = [];
  const dividers = new Map<string, number>();
  let y = gridTop;
  lanes.forEach((lane, index) => {
    const height = laneHeight(lane);
    rows.push(intervalFrom(y, height));
    y += height;
    if (dividerBelow.has(lane.id) && index < lanes.length - 1) {
      dividers.set(lane.id, y + DIVIDER_GAP / 2);
      y += DIVIDER_GAP;
    }
  });
  return {
    columns,
    rows,
    dividers,
    headerY,
    gridLeft,
    gridTop,
    gridBottom: y,
    frameWidth: gridLeft + stageCount * STAGE_WIDTH + FRAME_PADDING,
    frameHeight: y + FRAME_PADDING,
  };
}
