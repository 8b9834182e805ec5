import { HEADER_HEIGHT } from '../layout/mapGeometry.ts';
import type { Lane, Stage } from '../model/journey.schema.ts';
import type { MapStructure } from '../model/mapStructure.schema.ts';
import type { SnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { findSpan } from './findSpan.ts';
import { boxOf, canBeLabel, labelName, type Box } from './labelItems.ts';
import { laneKindOf } from './laneKindOf.ts';
import type { MapGrid, Span } from './MapGrid.ts';
import { spansBetween } from './spansBetween.ts';

/** Stage headers are looked for in this band right above the grid, board units. */
const HEADER_BAND = HEADER_HEIGHT * 1.5;

function freshIds(prefix: string, taken: ReadonlySet<string>, first: number, count: number) {
  const ids: string[] = [];
  for (let n = first; ids.length < count; n += 1)
    if (!taken.has(`${prefix}-${n}`)) ids.push(`${prefix}-${n}`);
  return ids;
}

/** Keeps, per slot, the box that `better` prefers. */
function keepBest(
  slots: (Box | undefined)[],
  index: number,
  box: Box,
  better: (a: Box, b: Box) => boolean,
) {
  const current = slots[index];
  if (!current || better(box, current)) slots[index] = box;
}

/**
 * The grid the app recorded when it inserted the map, moved to the frame's place. Names come from
 * the header and label items as they are now (matched by their tag, else by position), so renames
 * show; headers added by hand right of the last stage, and labels added below the last lane,
 * extend the grid with fresh ids.
 */
export function recordedGrid(
  frame: SnapshotItem,
  items: readonly SnapshotItem[],
  structure: MapStructure,
): MapGrid {
  const { x: ox, y: oy, width, height } = frame.rect;
  const columns: Span[] = structure.grid.columns.map(([x, w]) => ({
    start: ox + x,
    end: ox + x + w,
  }));
  const rows: Span[] = structure.grid.rows.map(([y, h]) => ({ start: oy + y, end: oy + y + h }));
  const gridLeft = Math.min(...columns.map((span) => span.start));
  const gridRight = Math.max(...columns.map((span) => span.end));
  const gridTop = Math.min(...rows.map((span) => span.start));
  const gridBottom = Math.max(...rows.map((span) => span.end));
  const inHeaderBand = (box: Box) => box.cy >= gridTop - HEADER_BAND && box.cy < gridTop;
  const inLabelColumn = (box: Box) => box.cx >= ox && box.cx < gridLeft;

  const stageIndex = new Map(structure.stages.map((stage, index) => [stage.id, index]));
  const laneIndex = new Map(structure.lanes.map((lane, index) => [lane.id, index]));
  const stageLabels: (Box | undefined)[] = [];
  const laneLabels: (Box | undefined)[] = [];
  const candidates = items.filter(canBeLabel).map(boxOf);
  for (const box of candidates) {
    const tag = box.item.tag;
    const index =
      tag?.role === 'stage'
        ? stageIndex.get(tag.id)
        : tag?.role === 'lane'
          ? laneIndex.get(tag.id)
          : undefined;
    if (index === undefined) continue;
    const slots = tag?.role === 'stage' ? stageLabels : laneLabels;
    slots[index] ??= box;
  }
  const tagged = new Set([...stageLabels, ...laneLabels].flatMap((box) => (box ? [box] : [])));
  const byPositionStages: (Box | undefined)[] = [];
  const byPositionLanes: (Box | undefined)[] = [];
  for (const box of candidates) {
    if (tagged.has(box) || box.item.kind === 'sticky') continue;
    if (inHeaderBand(box)) {
      const index = findSpan(columns, box.cx);
      if (index >= 0) keepBest(byPositionStages, index, box, (a, b) => a.bottom > b.bottom);
    } else if (inLabelColumn(box)) {
      const index = findSpan(rows, box.cy);
      if (index >= 0) keepBest(byPositionLanes, index, box, (a, b) => a.right > b.right);
    }
  }
  structure.stages.forEach((_, index) => (stageLabels[index] ??= byPositionStages[index]));
  structure.lanes.forEach((_, index) => (laneLabels[index] ??= byPositionLanes[index]));

  const matched = new Set(
    [...stageLabels, ...laneLabels].flatMap((box) => (box ? [box.item.id] : [])),
  );
  const addedStages = candidates
    .filter((box) => !matched.has(box.item.id) && inHeaderBand(box) && box.cx >= gridRight)
    .sort((a, b) => a.cx - b.cx);
  const addedLanes = candidates
    .filter((box) => !matched.has(box.item.id) && inLabelColumn(box) && box.cy >= gridBottom)
    .sort((a, b) => a.cy - b.cy);
  const lastStage = addedStages[addedStages.length - 1];
  const lastLane = addedLanes[addedLanes.length - 1];
  const addedColumns = spansBetween(
    addedStages.map((box) => [box.left, box.right] as const),
    gridRight,
    Math.max(ox + width, lastStage?.right ?? 0),
  );
  const addedRows = spansBetween(
    addedLanes.map((box) => [box.top, box.bottom] as const),
    gridBottom,
    Math.max(oy + height, lastLane?.bottom ?? 0),
  );

  const nameOf = (box: Box | undefined, recorded: string) =>
    (box ? labelName(box.item.text) : '') || recorded;
  const stageIds = freshIds(
    'stage',
    new Set(stageIndex.keys()),
    structure.stages.length + 1,
    addedStages.length,
  );
  const laneIds = freshIds(
    'lane',
    new Set(laneIndex.keys()),
    structure.lanes.length + 1,
    addedLanes.length,
  );
  const stages: Stage[] = [
    ...structure.stages.map((stage, index) => ({
      id: stage.id,
      name: nameOf(stageLabels[index], stage.name),
    })),
    ...addedStages.map((box, index) => ({
      id: stageIds[index] ?? '',
      name: labelName(box.item.text),
    })),
  ];
  const lanes: Lane[] = [
    ...structure.lanes.map((lane, index) => ({
      ...lane,
      name: nameOf(laneLabels[index], lane.name),
    })),
    ...addedLanes.map((box, index): Lane => {
      const name = labelName(box.item.text);
      return { id: laneIds[index] ?? '', name, kind: laneKindOf(name) };
    }),
  ];
  return {
    structure: 'app',
    stages,
    lanes,
    columns: [...columns, ...addedColumns],
    rows: [...rows, ...addedRows],
    labelIds: new Set([
      ...matched,
      ...addedStages.map((b) => b.item.id),
      ...addedLanes.map((b) => b.item.id),
    ]),
    scaleLaneIds: new Set(
      structure.lanes.filter((lane) => lane.kind === 'emotions').map((lane) => lane.id),
    ),
  };
}
