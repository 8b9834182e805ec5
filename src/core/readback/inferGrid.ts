import { intervalContains, type Interval } from '../geometry/Interval.ts';
import type { Rect } from '../geometry/Rect.ts';
import type { Lane, Stage } from '../model/journey.schema.ts';
import type { SnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { alignedAlong, clusterBands } from './clusterBands.ts';
import { gridFromLabels } from './gridFromLabels.ts';
import { boxOf, canBeLabel, isDividerLabel, labelParts, type Box } from './labelItems.ts';
import { isStageRowHeader, laneKindOf } from './laneKindOf.ts';
import { phaseRow } from './phaseRow.ts';
import { isScaleMark } from './recordHolders.ts';
import { transposeItem, transposeRect } from './transpose.ts';
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

/**
 * True when no two neighbouring labels overlap by more than a quarter of the smaller along the
 * axis: a stack of notes piled on each other is no row or column of labels (R11).
 */
function spreadOut(boxes: readonly Box[], axis: 'x' | 'y'): boolean {
  const extent = (box: Box) =>
    axis === 'x' ? { start: box.left, end: box.right } : { start: box.top, end: box.bottom };
  for (let i = 1; i < boxes.length; i += 1) {
    const a = boxes[i - 1];
    const b = boxes[i];
    if (!a || !b) continue;
    const [ea, eb] = [extent(a), extent(b)];
    const overlap = Math.min(ea.end, eb.end) - Math.max(ea.start, eb.start);
    const smaller = Math.min(ea.end - ea.start, eb.end - eb.start);
    if (overlap > smaller / 4) return false;
  }
  return true;
}

/** How far a label of this size may overlap the band before it. */
function slack(size: number): number {
  return Math.max(8, size / 4);
}

/** True when a sticky like the row's lies inside the grid the row and column would mark out. */
function hasNotesLikeLabels(boxes: readonly Box[], row: readonly Box[], column: readonly Box[]) {
  const type = row[0] ? typeOf(row[0]) : '';
  const right = Math.max(...column.map((box) => box.right));
  const bottom = Math.max(...row.map((box) => box.bottom));
  return boxes.some(
    (box) =>
      typeOf(box) === type &&
      box.cx > right &&
      box.cy > bottom &&
      !row.includes(box) &&
      !column.includes(box),
  );
}

/**
 * A row and a column without the boxes they share. A shared box aligned with a box of the column
 * below it, and with none of the row right of it, stays in the column: a note lying across both
 * can join a lane label to the stage row through the row's first box. Likewise in the row.
 * `shared` holds the boxes aligned both ways or neither, left in neither band.
 */
function splitShared(row: readonly Box[], column: readonly Box[]) {
  const inColumn = new Set(column);
  const shared = new Set<Box>();
  const rowOwns = new Set<Box>();
  const columnOwns = new Set<Box>();
  for (const box of row) {
    if (!inColumn.has(box)) continue;
    const withColumn = column.some((other) => other.cy > box.cy && alignedAlong(other, box, 'x'));
    const withRow = row.some((other) => other.cx > box.cx && alignedAlong(other, box, 'y'));
    if (withColumn === withRow) shared.add(box);
    else (withRow ? rowOwns : columnOwns).add(box);
  }
  return {
    shared,
    stageRow: row.filter((box) => !shared.has(box) && !columnOwns.has(box)),
    laneColumn: column.filter((box) => !shared.has(box) && !rowOwns.has(box)),
  };
}

/** True when a score beats the best one so far, compared entry by entry (higher wins). */
export function isBetter(
  score: readonly number[],
  best: { score: readonly number[] } | null,
): boolean {
  if (!best) return true;
  for (let i = 0; i < score.length; i += 1) {
    const a = score[i] ?? 0;
    const b = best.score[i] ?? 0;
    if (a !== b) return a > b;
  }
  return false;
}

/** The rows of two or more label candidates that could be a stage row, titles left out (R9, R10). */
export function stageRows(boxes: readonly Box[]): Box[][] {
  return clusterBands(boxes, 'y', typeOf)
    .map(withoutTitles)
    .filter((row) => row.length >= 2);
}

/**
 * The best stage row and lane column among these label candidates: lanes are the column's items
 * below the row, stages the row's items right of those lanes, two of each at least. Preferred, in
 * order: more lanes, a lower row (nearer the lanes), more stages, a column nearer the stages.
 */
function bestPair(candidates: readonly Box[]): Pair | null {
  const boxes = withoutStackedStickies(candidates);
  const rows = stageRows(boxes);
  const columns = clusterBands(boxes, 'x', typeOf).filter((column) => column.length >= 2);
  let best: Pair | null = null;
  for (const row of rows) {
    const rowEnd = median(row.map((box) => box.bottom));
    for (const column of columns) {
      const stickyLabels = row[0]?.item.kind === 'sticky' || column[0]?.item.kind === 'sticky';
      const { shared, stageRow, laneColumn } = stickyLabels
        ? splitShared(row, column)
        : { shared: null, stageRow: row, laneColumn: column };
      if (stageRow.length < 2) continue;
      // A sticky in both bands that lines up with both is the corner of a grid of notes, not a
      // map, when notes like it fill the grid; else (one that lines up with neither, or a stray
      // by the corner with no notes like it inside) it is a note, and neither label.
      if (
        shared &&
        [...shared].some((box) => linesUp(box, stageRow, laneColumn)) &&
        hasNotesLikeLabels(boxes, stageRow, laneColumn)
      )
        continue;
      // Where most of the row's items end: a note in line with them (R10) may reach lower.
      const rowBottom =
        stageRow.length === row.length ? rowEnd : median(stageRow.map((box) => box.bottom));
      // The lanes start below the stage row and the stages right of the lanes (a quarter of the
      // label's size, 8 at least, may overlap): an item reaching further is a note lying across.
      const lanes = laneColumn.filter(
        (box) => box.cy > rowBottom && box.top >= rowBottom - slack(box.bottom - box.top),
      );
      if (lanes.length < 2 || !spreadOut(lanes, 'y')) continue;
      const right = Math.max(...lanes.map((box) => box.right));
      const stages = stageRow.filter(
        (box) => box.cx > right && box.left >= right - slack(box.right - box.left),
      );
      if (stages.length < 2 || !spreadOut(stages, 'x')) continue;
      const score = [lanes.length, rowBottom, stages.length, right];
      if (isBetter(score, best)) best = { stages, lanes, score };
    }
  }
  return best;
}

/** The label candidates of an area (R9), apart from the labels that only name the stage row (K3). */
export function labelCandidates(
  area: Rect,
  items: readonly SnapshotItem[],
): { rowHeaders: Box[]; candidates: Box[] } {
  const rowHeaders: Box[] = [];
  const candidates: Box[] = [];
  for (const item of items) {
    if (!canBeLabel(item) || item.rect.width > (area.width * 2) / 3) continue;
    (isStageRowHeader(labelParts(item.text).name) ? rowHeaders : candidates).push(boxOf(item));
  }
  return { rowHeaders, candidates };
}

export type InferResult = { grid: MapGrid } | ({ grid: null } & NoGrid);

/** A frame's label candidates in one orientation, and the best stage row and lane column. */
type Reading = {
  area: Rect;
  items: readonly SnapshotItem[];
  rowHeaders: Box[];
  candidates: Box[];
  drawn: Box[];
  pair: Pair | null;
};

function readingOf(area: Rect, items: readonly SnapshotItem[]): Reading {
  const { rowHeaders, candidates } = labelCandidates(area, items);
  const drawn = candidates.filter((box) => box.item.kind !== 'sticky');
  const pair = bestPair(drawn) ?? bestPair(candidates);
  return { area, items, rowHeaders, candidates, drawn, pair };
}

/** How many of a reading's lane labels name a lane kind. */
function knownLanes(reading: Reading): number {
  return (reading.pair?.lanes ?? []).filter((box) => laneKindOf(box.item.text) !== 'custom').length;
}

/**
 * Finds a journey grid among the items of an area (a frame, or a region of the open canvas) from
 * its labels alone: stage labels in a row across the top and lane labels in a column down the
 * left, or, in a vertical map, stages down the left and lanes across the top — whichever way
 * round more of the lane labels name lane kinds (R23). Shapes and texts are tried as labels
 * first; stickies only when they find no grid. The cells follow from the labels
 * (`gridFromLabels`); a row of phases over the stages gives each stage its phase (R24).
 */
export function inferGrid(area: Rect, items: readonly SnapshotItem[]): InferResult {
  const across = readingOf(area, items);
  const down = readingOf(transposeRect(area), items.map(transposeItem));
  const vertical = down.pair !== null && (!across.pair || knownLanes(down) > knownLanes(across));
  const reading = vertical ? down : across;
  const { pair, rowHeaders, drawn } = reading;
  if (!pair) return { grid: null, ...whyNoGrid(drawn, reading.candidates, rowHeaders.length > 0) };
  const { stages: stageBoxes, lanes: laneBoxes } = pair;
  // blueprint lines between lanes, along the lane axis of this reading (R26)
  const dividers = reading.items.filter(isDividerLabel).map(boxOf);
  const { columns, rows } = gridFromLabels(
    stageBoxes,
    laneBoxes,
    dividers.map((box) => box.cy),
  );
  const gridLeft = columns[0]?.start ?? reading.area.x;
  const gridTop = rows[0]?.start ?? reading.area.y;
  const phases = phaseRow(
    reading.candidates.filter(
      (box) => box.item.kind !== 'sticky' || stageBoxes[0]?.item.kind === 'sticky',
    ),
    stageBoxes,
    typeOf,
  );
  const stages = stageBoxes.map((box, index): Stage => {
    const phase = phases?.phaseOfStage[index];
    return {
      id: `stage-${index + 1}`,
      name: labelParts(box.item.text).name,
      ...(phase ? { phase } : {}),
    };
  });
  const lanes = laneBoxes.map((box, index): Lane => {
    const parts = labelParts(box.item.text);
    return { id: `lane-${index + 1}`, ...parts, kind: laneKindOf(parts.name) };
  });
  const corner = rowHeaders.filter((box) => box.cx < gridLeft && box.cy < gridTop);
  const labels = [...stageBoxes, ...laneBoxes, ...corner, ...dividers, ...(phases?.phases ?? [])];
  return {
    grid: {
      structure: 'inferred',
      stages,
      lanes,
      columns,
      rows,
      ...(vertical ? { orientation: 'vertical' as const } : {}),
      labelIds: new Set(labels.map((box) => box.item.id)),
      scaleLaneIds: vertical ? new Set() : scaleLanes(items, lanes, rows, gridLeft),
    },
  };
}

/** Inferred emotions lanes drawn as a scale: two or more scale marks left of the grid in their row (R15). */
function scaleLanes(
  items: readonly SnapshotItem[],
  lanes: readonly Lane[],
  rows: readonly Interval[],
  gridLeft: number,
): Set<string> {
  const marks = items.filter(isScaleMark).map(boxOf);
  return new Set(
    lanes
      .filter((lane, index) => {
        const row = rows[index];
        if (lane.kind !== 'emotions' || !row) return false;
        const inRow = marks.filter((m) => m.cx < gridLeft && intervalContains(row, m.cy));
        return inRow.length >= 2;
      })
      .map((lane) => lane.id),
  );
}
