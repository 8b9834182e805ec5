import type { Rect } from '../geometry/Rect.ts';
import { gridIndexAt } from '../model/Grid.ts';
import type { SnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { findLegends, type Legend } from './findLegend.ts';
import { inferGrid, type InferResult } from './inferGrid.ts';
import { boxOf } from './labelItems.ts';
import { legendGrid } from './legendGrid.ts';
import type { MapGrid } from './MapGrid.ts';

/** True when no item of the legend has its centre in a cell of the grid. */
function outsideCells(grid: MapGrid, legend: Legend, items: readonly SnapshotItem[]): boolean {
  return items.every((item) => {
    if (!legend.itemIds.has(item.id)) return true;
    const { cx, cy } = boxOf(item);
    const { stage, lane } = gridIndexAt(grid, { x: cx, y: cy });
    return stage < 0 || lane < 0;
  });
}

/** The grid with the legends that only say colours as labels (R32). */
function withLegendLabels(
  grid: MapGrid,
  legends: readonly Legend[],
  items: readonly SnapshotItem[],
): MapGrid {
  const asLabels = legends.filter(
    (legend) =>
      legend.named &&
      ![...grid.labelIds].some((id) => legend.itemIds.has(id)) &&
      outsideCells(grid, legend, items),
  );
  return {
    ...grid,
    labelIds: new Set([...grid.labelIds, ...asLabels.flatMap((l) => [...l.itemIds])]),
  };
}

/** True when as many of a legend's items are labels of the grid as it has lanes or stages. */
function readsLegendAsLabels(grid: MapGrid, legends: readonly Legend[]): boolean {
  const fewest = Math.min(grid.lanes.length, grid.stages.length);
  return legends.some(
    (legend) => [...grid.labelIds].filter((id) => legend.itemIds.has(id)).length >= fewest,
  );
}

/**
 * The grid of an area inferred from its labels (R9–R13), or from its stage labels and a colour
 * legend (R30–R32). Shape and text lane labels win over a legend; sticky ones only when no legend
 * map can be read (stacked notes of one colour line up like labels). Neither wins when the lane or
 * stage labels found are the legend's own items (a legend column read as lanes, a row as stages).
 */
export function inferMapGrid(area: Rect, items: readonly SnapshotItem[]): InferResult {
  const labelled = inferGrid(area, items);
  const legends = findLegends(area, items);
  if (legends.length === 0) return labelled;
  const kept = labelled.grid && !readsLegendAsLabels(labelled.grid, legends) ? labelled.grid : null;
  if (
    kept &&
    inferGrid(
      area,
      items.filter((item) => item.kind !== 'sticky'),
    ).grid
  )
    return { grid: withLegendLabels(kept, legends, items) };
  const grid = legendGrid(area, items, legends);
  if (grid) return { grid };
  return kept ? { grid: withLegendLabels(kept, legends, items) } : labelled;
}
