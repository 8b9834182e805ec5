import { intervalContains } from '../geometry/Interval.ts';
import type { Rect } from '../geometry/Rect.ts';
import type { Lane, Stage } from '../model/journey.schema.ts';
import type { SnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { clusterBands } from './clusterBands.ts';
import { gridFromLabels } from './gridFromLabels.ts';
import { boxOf, canBeLabel, isScaleMark, labelName, type Box } from './labelItems.ts';
import { isStageRowHeader, laneKindOf } from './laneKindOf.ts';
import type { MapGrid } from './MapGrid.ts';
import { whyNoGrid, type NoGrid } from './whyNoGrid.ts';
import { withoutStackedStickies } from './withoutStacked.ts';

type Pair = { stages: Box[]; lanes: Box[]; score: number[] };

/** Shapes and texts are alike whatever their fill; stickies only with the same colour. */
function typeOf(box: Box): string {
  return box.item.kind === 'sticky' ? `sticky:${box.item.color ?? ''}` : box.item.kind;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** Drops a title from a row: an item whose font is half again as large as the row's median. */
function withoutTitles(row: readonly Box[]): Box[] {
  const sizes = row.flatMap((box) => (box.item.fontSize === null ? [] : [box.item.fontSize]));
  if (sizes.length < 2) return [...row];
  const limit = median(sizes) * 1.5;
  return row.filter((box) => box.item.fontSize === null || box.item.fontSize <= limit);
}

/** True when the box's centre is level with the row and in line with the column. */
function linesUp(box: Box, row: readonly Box[], column: readonly Box[]): boolean {
  const level = row.some((other) => box.cy >= other.top && box.cy <= other.bottom);
  const inLine = column.some((other) => box.cx >= other.left && box.cx <= other.right);
  return level && inLine;
}

function isBetter(score: readonly number[], best: Pair | null): boolean {
  if (!best) return true;
  for (let i = 0; i < score.length; i += 1) {
    const a = score[i] ?? 0;
    const b = best.score[i] ?? 0;
    if (a !== b) return a > b;
  }
  return false;
}

/**
 * The best stage row and lane column among these label candidates: lanes are the column's items
 * below the row, stages the row's items right of those lanes, two of each at least. Preferred, in
 * order: more lanes, a lower row (nearer the lanes), more stages, a column nearer the stages.
 */
function bestPair(candidates: readonly Box[]): Pair | null {
  const boxes = withoutStackedStickies(candidates, typeOf);
  const rows = clusterBands(boxes, 'y', typeOf)
    .map(withoutTitles)
    .filter((row) => row.length >= 2);
  const columns = clusterBands(boxes, 'x', typeOf).filter((column) => column.length >= 2);
  let best: Pair | null = null;
  for (const row of rows) {
    for (const column of columns) {
      const stickyLabels = row[0]?.item.kind === 'sticky' || column[0]?.item.kind === 'sticky';
      const shared = stickyLabels ? new Set(row.filter((box) => column.includes(box))) : null;
      const stageRow = shared ? row.filter((box) => !shared.has(box)) : row;
      if (stageRow.length < 2) continue;
      // A sticky in both bands that lines up with both is the corner of a grid of notes, not a
      // map; one that lines up with neither is a stray note by the corner, and neither label.
      const laneColumn = shared ? column.filter((box) => !shared.has(box)) : column;
      if (shared && [...shared].some((box) => linesUp(box, stageRow, laneColumn))) continue;
      const rowBottom = Math.max(...stageRow.map((box) => box.bottom));
      const lanes = laneColumn.filter((box) => box.cy > rowBottom);
      if (lanes.length < 2) continue;
      const right = Math.max(...lanes.map((box) => box.right));
      const stages = stageRow.filter((box) => box.cx > right);
      if (stages.length < 2) continue;
      const score = [lanes.length, rowBottom, stages.length, right];
      if (isBetter(score, best)) best = { stages, lanes, score };
    }
  }
  return best;
}

export type InferResult = { grid: MapGrid } | ({ grid: null } & NoGrid);

/**
 * Finds a journey grid among the items of an area (a frame, or a region of the open canvas) from its labels alone: stage labels in a row across
 * the top, lane labels in a column down the left. Shapes and texts are tried as labels first;
 * stickies only when they find no grid. The cells follow from the labels (`gridFromLabels`).
 */
export function inferGrid(area: Rect, items: readonly SnapshotItem[]): InferResult {
  const rowHeaders: Box[] = [];
  const candidates: Box[] = [];
  for (const item of items) {
    if (!canBeLabel(item) || item.rect.width > (area.width * 2) / 3) continue;
    (isStageRowHeader(item.text) ? rowHeaders : candidates).push(boxOf(item));
  }
  const drawn = candidates.filter((box) => box.item.kind !== 'sticky');
  const pair = bestPair(drawn) ?? bestPair(candidates);
  if (!pair) return { grid: null, ...whyNoGrid(drawn, candidates, rowHeaders.length > 0) };
  const { stages: stageBoxes, lanes: laneBoxes } = pair;
  const { columns, rows } = gridFromLabels(area, stageBoxes, laneBoxes);
  const gridLeft = columns[0]?.start ?? area.x;
  const gridTop = rows[0]?.start ?? area.y;
  const stages = stageBoxes.map((box, index): Stage => ({
    id: `stage-${index + 1}`,
    name: labelName(box.item.text),
  }));
  const lanes = laneBoxes.map((box, index): Lane => {
    const name = labelName(box.item.text);
    return { id: `lane-${index + 1}`, name, kind: laneKindOf(name) };
  });
  const corner = rowHeaders.filter((box) => box.cx < gridLeft && box.cy < gridTop);
  const marks = items.filter(isScaleMark).map(boxOf);
  const scaleLaneIds = new Set(
    lanes
      .filter((lane, index) => {
        const row = rows[index];
        if (lane.kind !== 'emotions' || !row) return false;
        const inRow = marks.filter((m) => m.cx < gridLeft && intervalContains(row, m.cy));
        return inRow.length >= 2;
      })
      .map((lane) => lane.id),
  );
  return {
    grid: {
      structure: 'inferred',
      stages,
      lanes,
      columns,
      rows,
      labelIds: new Set([...stageBoxes, ...laneBoxes, ...corner].map((box) => box.item.id)),
      scaleLaneIds,
    },
  };
}
