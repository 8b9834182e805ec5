import { boardRect, rectCenter, type BoardRect } from '../geometry/Rect.ts';
import { moveInside } from '../geometry/moveInside.ts';
import { scaleRowSlots, slotGridIn, slotRect, type SlotGrid } from '../layout/noteSlots.ts';
import { scoreAtScaleDepth, type EmotionScore } from '../model/emotion.ts';
import { gridCell } from '../model/Grid.ts';
import { gridOfArea } from '../model/gridArea.ts';
import type { JourneyMap } from '../model/journey.schema.ts';

export type TidyMove = { id: string; from: BoardRect; to: BoardRect };

export type TidyRequest = {
  map: Pick<JourneyMap, 'stages' | 'lanes' | 'notes' | 'grid'>;
  /** Where each note is now, by note id; notes without one are left alone. */
  rects: ReadonlyMap<string, BoardRect>;
  /** Only this cell, when given. */
  cell?: { stageId: string; laneId: string };
};

type Placed = { id: string; rect: BoardRect };

/** Closer than this, in board units, a note already is where it should be. */
const SETTLED = 0.01;

const byId = (a: Placed, b: Placed) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const readingOrder = (a: Placed, b: Placed) =>
  a.rect.y - b.rect.y || a.rect.x - b.rect.x || byId(a, b);
/** Along one row of a scale, where notes of different heights are centred on the row. */
const leftToRight = (a: Placed, b: Placed) =>
  a.rect.x - b.rect.x || a.rect.y - b.rect.y || byId(a, b);

/** The slots of `grid` squeezed together, overlapping, so that `count` of them stay in its area. */
function squeezed(grid: SlotGrid<BoardRect>, count: number): SlotGrid<BoardRect> {
  const columns = grid.rows === 1 ? count : Math.min(count, grid.columns);
  const rows = Math.ceil(count / columns);
  const margin = grid.first.x - grid.area.x;
  const room = (length: number, size: number) => Math.max(0, length - 2 * margin - size);
  return {
    ...grid,
    columns,
    step: {
      x:
        columns > 1
          ? Math.min(grid.step.x, room(grid.area.width, grid.size.width) / (columns - 1))
          : 0,
      y:
        rows > 1 ? Math.min(grid.step.y, room(grid.area.height, grid.size.height) / (rows - 1)) : 0,
    },
  };
}

function largest(notes: readonly Placed[]): { width: number; height: number } {
  return {
    width: Math.max(...notes.map((note) => note.rect.width)),
    height: Math.max(...notes.map((note) => note.rect.height)),
  };
}

/** Each note's place: its own size at the top-left of its slot, kept inside the cell. */
function arrange(cell: BoardRect, notes: Placed[], grid: SlotGrid<BoardRect>): TidyMove[] {
  const moves: TidyMove[] = [];
  notes.forEach((note, index) => {
    const { x, y } = slotRect(grid, index);
    const to = moveInside(boardRect({ ...note.rect, x, y }), cell);
    if (Math.abs(to.x - note.rect.x) > SETTLED || Math.abs(to.y - note.rect.y) > SETTLED)
      moves.push({ id: note.id, from: note.rect, to });
  });
  return moves;
}

function tidyCell(cell: BoardRect, notes: Placed[]): TidyMove[] {
  const ordered = [...notes].sort(readingOrder);
  const grid = slotGridIn(cell, largest(ordered));
  return arrange(cell, ordered, squeezed(grid, ordered.length));
}

/**
 * An emotions cell, read as a scale: each note stays on the row of the score it is on now, so
 * that tidying never changes a score read from a note's height.
 */
function tidyScaleCell(cell: BoardRect, notes: Placed[]): TidyMove[] {
  const byScore = new Map<EmotionScore, Placed[]>();
  for (const note of notes) {
    const score = scoreAtScaleDepth((rectCenter(note.rect).y - cell.y) / cell.height);
    byScore.set(score, [...(byScore.get(score) ?? []), note]);
  }
  return [...byScore].flatMap(([score, row]) => {
    const ordered = [...row].sort(leftToRight);
    const grid = scaleRowSlots(cell, score, largest(ordered));
    return arrange(cell, ordered, squeezed(grid, ordered.length));
  });
}

/**
 * In a map whose lanes come from a colour legend every lane's cell is the stage's whole column
 * (R31), so a column's notes are tidied together: lane by lane, each in reading order.
 */
function planLegendTidy({ map, rects, cell: only }: TidyRequest): TidyMove[] {
  const grid = gridOfArea(map.grid);
  const laneIndex = new Map(map.lanes.map((lane, index) => [lane.id, index]));
  return map.stages.flatMap((stage, stageIndex) => {
    const area = gridCell(grid, stageIndex, 0);
    if ((only && only.stageId !== stage.id) || !area) return [];
    const cell = boardRect(area);
    const notes = map.notes.flatMap((note) => {
      const rect = rects.get(note.id);
      const fits = rect && rect.width <= cell.width && rect.height <= cell.height;
      return note.stageId === stage.id && fits ? [{ note, placed: { id: note.id, rect } }] : [];
    });
    const ordered = notes
      .sort(
        (a, b) =>
          (laneIndex.get(a.note.laneId) ?? 0) - (laneIndex.get(b.note.laneId) ?? 0) ||
          readingOrder(a.placed, b.placed),
      )
      .map(({ placed }) => placed);
    if (ordered.length === 0) return [];
    return arrange(cell, ordered, squeezed(slotGridIn(cell, largest(ordered)), ordered.length));
  });
}

/**
 * The moves that put each cell's notes in a neat grid inside that cell, in reading order, pulling
 * in notes that hang over its border. A note never leaves the cell that holds its centre; labels,
 * unplaced notes and notes larger than their cell are not moved, nor notes already in place.
 */
export function planTidy(request: TidyRequest): TidyMove[] {
  const { map, rects, cell: only } = request;
  if (map.lanes.length > 0 && map.lanes.every((lane) => lane.color !== undefined))
    return planLegendTidy(request);
  const grid = gridOfArea(map.grid);
  const stageIndex = new Map(map.stages.map((stage, index) => [stage.id, index]));
  const moves: TidyMove[] = [];
  map.lanes.forEach((lane, laneIndex) => {
    if (only && only.laneId !== lane.id) return;
    map.stages.forEach((stage) => {
      if (only && only.stageId !== stage.id) return;
      const area = gridCell(grid, stageIndex.get(stage.id) ?? -1, laneIndex);
      if (!area) return;
      const cell = boardRect(area);
      const notes: Placed[] = [];
      for (const note of map.notes) {
        const rect = rects.get(note.id);
        if (note.stageId !== stage.id || note.laneId !== lane.id || !rect) continue;
        if (rect.width <= cell.width && rect.height <= cell.height)
          notes.push({ id: note.id, rect });
      }
      if (notes.length === 0) return;
      moves.push(
        ...(lane.kind === 'emotions' ? tidyScaleCell(cell, notes) : tidyCell(cell, notes)),
      );
    });
  });
  return moves;
}
