import { boundsOf, type Rect } from '../geometry/Rect.ts';
import { gridCoordinates } from '../model/Grid.ts';
import { gridExtent } from '../model/gridExtent.ts';
import type { SnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { canvasRegions } from './canvasRegions.ts';
import { inferGrid } from './inferGrid.ts';
import { boxOf, canBeLabel, isNoteKind, labelName, type Box } from './labelItems.ts';
import { laneKindOf } from './laneKindOf.ts';
import type { MapGrid } from './MapGrid.ts';

/** A map drawn on the open canvas: its grid, its id and title, and the items it is made of. */
export type CanvasGrid = {
  id: string;
  title: string;
  grid: MapGrid;
  /** The grid's cells and the gaps between them, on the board. */
  extent: Rect;
  /** The drawn items of its region: labels, title, persona card. */
  drawn: SnapshotItem[];
  /** The canvas's stickies and cards whose centre lies in the extent (R34). */
  notes: SnapshotItem[];
};

/** A title is a font half again as large as the labels' median. */
const TITLE_FONT_RATIO = 1.5;
/** How far above the labels a title may end, in label heights (200 units at least). */
const TITLE_REACH_IN_LABELS = 3;

function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The item of the first stage's label: before the first lane, within the first stage. */
function firstStageLabel(grid: MapGrid, labels: readonly Box[]): Box | undefined {
  const firstColumn = grid.columns[0];
  const firstRow = grid.rows[0];
  if (!firstColumn || !firstRow) return undefined;
  return labels.find((box) => {
    const at = gridCoordinates(grid, { x: box.cx, y: box.cy });
    return at.lane < firstRow.start && at.stage >= firstColumn.start && at.stage < firstColumn.end;
  });
}

/**
 * The map's title (R35): the text or shape nearest above its topmost labels, ending at most
 * three label heights above them, overlapping the grid across, in a font half again as large
 * as the labels' median.
 */
function titleItem(labels: readonly Box[], others: readonly Box[], extent: Rect): Box | undefined {
  const fonts = labels.flatMap(({ item }) => (item.fontSize === null ? [] : [item.fontSize]));
  const labelFont = median(fonts);
  if (labelFont === undefined) return undefined;
  const top = Math.min(...labels.map((box) => box.top));
  const reach = Math.max(
    200,
    TITLE_REACH_IN_LABELS * (median(labels.map((b) => b.bottom - b.top)) ?? 0),
  );
  let best: Box | undefined;
  for (const box of others) {
    const font = box.item.fontSize;
    if (font === null || font <= labelFont * TITLE_FONT_RATIO) continue;
    if (box.cy >= top || box.bottom < top - reach) continue;
    if (box.right <= extent.x || box.left >= extent.x + extent.width) continue;
    if (!best || box.bottom > best.bottom) best = box;
  }
  return best;
}

const inExtent = (extent: Rect, item: SnapshotItem): boolean => {
  const { cx, cy } = boxOf(item);
  return (
    cx >= extent.x &&
    cx < extent.x + extent.width &&
    cy >= extent.y &&
    cy < extent.y + extent.height
  );
};

/**
 * The grid inferred again with the bounds of its own labels as the area, so that its extent is
 * the labels' (R34), not the region's: a title or a stray text beside it does not stretch it.
 */
function withinLabels(grid: MapGrid, items: readonly SnapshotItem[]): MapGrid {
  const bounds = boundsOf(items.filter((item) => grid.labelIds.has(item.id)).map((i) => i.rect));
  const again = bounds ? inferGrid(bounds, items).grid : null;
  const same =
    again?.labelIds.size === grid.labelIds.size &&
    [...again.labelIds].every((id) => grid.labelIds.has(id));
  return again && same ? again : grid;
}

const namesKind = (lane: { kind: string }) => lane.kind !== 'custom';

/** How many grids without a lane kind a region may yield before it is given up. */
const MAX_MISSES = 8;

/** A label of the grid that is one of its lanes: in the lane axis, inside the rows. */
function isLaneLabel(grid: MapGrid, item: SnapshotItem): boolean {
  const { lane } = gridCoordinates(grid, { x: boxOf(item).cx, y: boxOf(item).cy });
  return lane >= (grid.rows[0]?.start ?? Infinity);
}

/**
 * The grids of one region: inferred again on what is left until no grid is found, or one whose
 * lanes name no lane kind (on the open canvas, stray texts that happen to line up are no map).
 */
function gridsOfRegion(region: readonly SnapshotItem[]): Omit<CanvasGrid, 'notes'>[] {
  // A region without a text naming a lane kind holds no map: it is not inferred at all.
  if (!region.some((item) => canBeLabel(item) && laneKindOf(item.text) !== 'custom')) return [];
  const found: Omit<CanvasGrid, 'notes'>[] = [];
  let left = [...region];
  let misses = 0;
  for (;;) {
    const area = boundsOf(left.map((item) => item.rect));
    if (!area) break;
    const inferred = inferGrid(area, left);
    if (!inferred.grid) break;
    if (!inferred.grid.lanes.some(namesKind)) {
      // Stray texts in a column are no lanes: try again without them, a few times at most.
      misses += 1;
      if (misses > MAX_MISSES) break;
      const { labelIds } = inferred.grid;
      left = left.filter((item) => !labelIds.has(item.id) || !isLaneLabel(inferred.grid, item));
      continue;
    }
    const grid = withinLabels(inferred.grid, left);
    const labels = left.filter((item) => grid.labelIds.has(item.id)).map(boxOf);
    const others = left.filter((item) => !grid.labelIds.has(item.id)).map(boxOf);
    const extent = gridExtent(grid);
    const title = titleItem(labels, others, extent);
    const id = (firstStageLabel(grid, labels) ?? labels[0])?.item.id ?? '';
    found.push({
      id,
      title: title ? labelName(title.item.text) : '',
      grid,
      extent,
      drawn: left,
    });
    // What lies in the grid is the map's content (texts in cells), never another map's labels.
    const used = new Set([...grid.labelIds, ...(title ? [title.item.id] : [])]);
    left = left.filter((item) => !used.has(item.id) && !inExtent(extent, item));
  }
  return found;
}

/**
 * The maps drawn on the open canvas (R33, R34): the canvas's shapes and texts are split into regions
 * of items near one another, a grid is inferred from each region's labels (stickies are never
 * labels here), and each map takes the canvas's stickies and cards whose centre lies in its grid.
 * A note in two maps' grids is the first map's, in board order (top, then left).
 */
export function canvasGrids(canvasItems: readonly SnapshotItem[]): CanvasGrid[] {
  const drawn = canvasItems.filter(
    (item) => (item.kind === 'shape' || item.kind === 'text') && item.text.trim() !== '',
  );
  const maps = canvasRegions(drawn)
    .flatMap(gridsOfRegion)
    .sort((a, b) => a.extent.y - b.extent.y || a.extent.x - b.extent.x || (a.id < b.id ? -1 : 1))
    .map((map): CanvasGrid => ({ ...map, notes: [] }));
  if (maps.length === 0) return [];
  for (const item of canvasItems) {
    if (!isNoteKind(item)) continue;
    maps.find((map) => inExtent(map.extent, item))?.notes.push(item);
  }
  return maps;
}
