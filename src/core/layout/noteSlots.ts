import type { Rect } from '../geometry/Rect.ts';
import { scaleRowOf, type EmotionScore } from '../model/emotion.ts';
import {
  NOTE_GAP,
  NOTE_HEIGHT,
  NOTE_WIDTH,
  noteHeightForWidth,
  SCALE_NOTE_GAP,
  SCALE_NOTE_WIDTH,
  SCALE_ROW_HEIGHT,
  SCALE_ROWS,
} from './mapGeometry.ts';

export type NoteSize = { width: number; height: number };

/**
 * The neat places for notes in a cell, or in one row of an emotion scale: `columns` × `rows`
 * slots of `size`, row-major from `first`, each `step` from the one before.
 */
export type SlotGrid<R extends Rect> = {
  area: R;
  size: NoteSize;
  first: { x: number; y: number };
  step: { x: number; y: number };
  columns: number;
  rows: number;
};

function fitting(available: number, length: number, gap: number): number {
  return Math.max(1, Math.floor((available + gap) / (length + gap)));
}

/** Row-major slots of `size` in `area`, `gap` from its edges and from each other. */
export function slotGridIn<R extends Rect>(area: R, size: NoteSize, gap = NOTE_GAP): SlotGrid<R> {
  return {
    area,
    size,
    first: { x: area.x + gap, y: area.y + gap },
    step: { x: size.width + gap, y: size.height + gap },
    columns: fitting(area.width - 2 * gap, size.width, gap),
    rows: fitting(area.height - 2 * gap, size.height, gap),
  };
}

/** Default notes (199 × 228), shrunk only when the cell is too small for one with margins. */
export function cellSlots<R extends Rect>(cell: R): SlotGrid<R> {
  const scale = Math.max(
    0,
    Math.min(
      1,
      (cell.width - 2 * NOTE_GAP) / NOTE_WIDTH,
      (cell.height - 2 * NOTE_GAP) / NOTE_HEIGHT,
    ),
  );
  return slotGridIn(cell, { width: NOTE_WIDTH * scale, height: NOTE_HEIGHT * scale });
}

function scaleNoteSize(rowHeight: number): NoteSize {
  const width = SCALE_NOTE_WIDTH * Math.min(1, rowHeight / SCALE_ROW_HEIGHT);
  return { width, height: noteHeightForWidth(width) };
}

/**
 * Small notes side by side on the row of `score` in an emotions cell drawn as a scale (+2 at the
 * top): 100 wide on a 130-high row, as the layout draws them, scaled with the row's height,
 * unless `size` says otherwise.
 */
export function scaleRowSlots<R extends Rect>(
  cell: R,
  score: EmotionScore,
  size: NoteSize = scaleNoteSize(cell.height / SCALE_ROWS),
): SlotGrid<R> {
  const rowHeight = cell.height / SCALE_ROWS;
  const rowTop = cell.y + scaleRowOf(score) * rowHeight;
  return {
    area: { ...cell, y: rowTop, height: rowHeight },
    size,
    first: { x: cell.x + NOTE_GAP, y: rowTop + (rowHeight - size.height) / 2 },
    step: { x: size.width + SCALE_NOTE_GAP, y: 0 },
    columns: fitting(cell.width - 2 * NOTE_GAP, size.width, SCALE_NOTE_GAP),
    rows: 1,
  };
}

/** The rectangle of slot `index`, row-major; indexes past the last row continue downwards. */
export function slotRect<R extends Rect>(grid: SlotGrid<R>, index: number): R {
  const column = index % grid.columns;
  const row = Math.floor(index / grid.columns);
  return {
    ...grid.area,
    x: grid.first.x + column * grid.step.x,
    y: grid.first.y + row * grid.step.y,
    width: grid.size.width,
    height: grid.size.height,
  };
}
