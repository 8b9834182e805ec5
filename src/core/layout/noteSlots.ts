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

/** Default notes (199 × 228), shrunk only when the cell is too small for one with margins. */
export function cellSlots<R extends Rect>(cell: R): SlotGrid<R> {
  const scale = Math.min(
    1,
    (cell.width - 2 * NOTE_GAP) / NOTE_WIDTH,
    (cell.height - 2 * NOTE_GAP) / NOTE_HEIGHT,
  );
  const size = { width: NOTE_WIDTH * Math.max(scale, 0), height: NOTE_HEIGHT * Math.max(scale, 0) };
  return {
    area: cell,
    size,
    first: { x: cell.x + NOTE_GAP, y: cell.y + NOTE_GAP },
    step: { x: size.width + NOTE_GAP, y: size.height + NOTE_GAP },
    columns: fitting(cell.width - 2 * NOTE_GAP, size.width, NOTE_GAP),
    rows: fitting(cell.height - 2 * NOTE_GAP, size.height, NOTE_GAP),
  };
}

/**
 * Small notes side by side on the row of `score` in an emotions cell drawn as a scale (+2 at the
 * top): 100 wide on a 130-high row, as the layout draws them, scaled with the row's height.
 */
export function scaleRowSlots<R extends Rect>(cell: R, score: EmotionScore): SlotGrid<R> {
  const rowHeight = cell.height / SCALE_ROWS;
  const width = SCALE_NOTE_WIDTH * Math.min(1, rowHeight / SCALE_ROW_HEIGHT);
  const size = { width, height: noteHeightForWidth(width) };
  const rowTop = cell.y + scaleRowOf(score) * rowHeight;
  return {
    area: { ...cell, y: rowTop, height: rowHeight },
    size,
    first: { x: cell.x + NOTE_GAP, y: rowTop + (rowHeight - size.height) / 2 },
    step: { x: width + SCALE_NOTE_GAP, y: 0 },
    columns: fitting(cell.width - 2 * NOTE_GAP, width, SCALE_NOTE_GAP),
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
