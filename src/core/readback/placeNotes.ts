import { isEmptyNoteText } from '../model/emptyNote.ts';
import type { Note, UnplacedNote } from '../model/journey.schema.ts';
import type { SnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { findInterval, intervalLength, type Interval } from '../geometry/Interval.ts';
import type { Point } from '../geometry/Rect.ts';
import { gridCoordinates, gridIndexAt, isVertical } from '../model/Grid.ts';
import { emotionScore } from './emotionScore.ts';
import { boxOf, isNoteKind, type Box } from './labelItems.ts';
import type { MapGrid } from './MapGrid.ts';

function first<T>(list: readonly T[]): T | undefined {
  return list[0];
}

function last<T>(list: readonly T[]): T | undefined {
  return list[list.length - 1];
}

/** Names the two neighbours whose intervals leave a gap at `value`. */
function gapBetween(
  intervals: readonly Interval[],
  names: readonly string[],
  value: number,
): string {
  const index = intervals.findIndex((interval) => interval.start > value);
  return `"${names[index - 1] ?? ''}" and "${names[index] ?? ''}"`;
}

const REASONS = {
  horizontal: {
    beforeLanes: 'above the stage headers',
    afterLanes: 'below the last lane',
    beforeStages: 'left of the first stage',
    afterStages: 'right of the last stage',
  },
  vertical: {
    beforeLanes: 'left of the first lane',
    afterLanes: 'right of the last lane',
    beforeStages: 'above the first stage',
    afterStages: 'below the last stage',
  },
} as const;

/** Why a note whose centre is outside every cell is not in one (R3). */
export function unplacedReason(grid: MapGrid, point: Point): string {
  const { columns, rows } = grid;
  const reasons = REASONS[grid.orientation ?? 'horizontal'];
  const { stage: x, lane: y } = gridCoordinates(grid, point);
  if (y < (first(rows)?.start ?? 0)) return reasons.beforeLanes;
  if (y >= (last(rows)?.end ?? 0)) return reasons.afterLanes;
  if (x < (first(columns)?.start ?? 0)) return reasons.beforeStages;
  if (x >= (last(columns)?.end ?? 0)) return reasons.afterStages;
  if (findInterval(rows, y) < 0)
    return `between lanes ${gapBetween(
      rows,
      grid.lanes.map((lane) => lane.name),
      y,
    )}`;
  return `between stages ${gapBetween(
    columns,
    grid.stages.map((stage) => stage.name),
    x,
  )}`;
}

/** A note's lane: the one of its row, or in a legend map the one of its colour (R31); -1 if none. */
function laneOf(grid: MapGrid, item: SnapshotItem, rowIndex: number): number {
  if (!grid.laneIndexByColor) return rowIndex;
  return item.color === null ? -1 : (grid.laneIndexByColor.get(item.color) ?? -1);
}

/** Why a note inside a legend map's grid is in no lane: its colour is in no legend entry. */
function colorReason(item: SnapshotItem): string {
  if (item.kind === 'card') return 'it is a card, which has no legend colour';
  return `its colour (${item.color ?? 'unknown'}) is in no legend entry`;
}

type Placed = { note: Note; lane: number; stage: number; box: Box };

const byPosition = (a: Box, b: Box) => a.top - b.top || a.left - b.left;
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Puts every sticky note and card of the frame that is not a label into the cell holding its
 * centre, or into `unplaced` with a reason, and counts the empty ones, which are neither (R22).
 * Notes come lane by lane, stage by stage, then top to bottom and left to right inside a cell;
 * unplaced notes top to bottom, then left to right.
 */
export function placeNotes(
  grid: MapGrid,
  items: readonly SnapshotItem[],
): { notes: Note[]; unplaced: UnplacedNote[]; emptyCount: number } {
  const placed: Placed[] = [];
  const unplaced: { entry: UnplacedNote; box: Box }[] = [];
  let emptyCount = 0;
  for (const item of items) {
    if (!isNoteKind(item) || grid.labelIds.has(item.id)) continue;
    if (isEmptyNoteText(item.text)) {
      emptyCount++;
      continue;
    }
    const box = boxOf(item);
    const center = { x: box.cx, y: box.cy };
    const { stage, lane: rowIndex } = gridIndexAt(grid, center);
    const stageRef = grid.stages[stage];
    const row = grid.rows[rowIndex];
    const lane = stageRef && row ? laneOf(grid, item, rowIndex) : -1;
    const laneRef = grid.lanes[lane];
    if (!stageRef || !laneRef || !row) {
      const reason = stageRef && row ? colorReason(item) : unplacedReason(grid, center);
      unplaced.push({ entry: { id: item.id, text: item.text, reason }, box });
      continue;
    }
    const onScale = grid.scaleLaneIds.has(laneRef.id) && !isVertical(grid);
    const emotion = emotionScore(item.text, {
      inEmotionsLane: laneRef.kind === 'emotions',
      color: item.color,
      ...(onScale ? { positionInCell: (box.cy - row.start) / intervalLength(row) } : {}),
    });
    const note: Note = {
      id: item.id,
      text: item.text,
      stageId: stageRef.id,
      laneId: laneRef.id,
      emotion,
      color: item.color,
      tags: [...item.tags],
      author: item.author,
      votes: item.votes,
      createdAt: item.createdAt,
      modifiedAt: item.modifiedAt,
    };
    placed.push({ note, lane, stage, box });
  }
  placed.sort(
    (a, b) =>
      a.lane - b.lane || a.stage - b.stage || byPosition(a.box, b.box) || byId(a.note, b.note),
  );
  unplaced.sort((a, b) => byPosition(a.box, b.box) || byId(a.entry, b.entry));
  return {
    notes: placed.map((p) => p.note),
    unplaced: unplaced.map((u) => u.entry),
    emptyCount,
  };
}
