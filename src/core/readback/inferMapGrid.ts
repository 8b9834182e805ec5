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

/**
 * The grid of an area inferred from its labels (R9–R13), or from its stage labels and a colour
 * legend (R25–R27). Lane labels win over a legend, unless all the lane or all the stage labels
 * found are the legend's own items (a legend column read as lanes, a legend row as stages).
 */
export function inferMapGrid(area: Rect, items: readonly SnapshotItem[]): InferResult {
  const labelled = inferGrid(area, items);
  const legends = findLegends(area, items);
  if (legends.length === 0) return labelled;
  if (labelled.grid) {
    const { grid } = labelled;
    const sharedLabels = legends.map(
      (legend) => [...grid.labelIds].filter((id) => legend.itemIds.has(id)).length,
    );
    const fewest = Math.min(grid.lanes.length, grid.stages.length);
    if (sharedLabels.every((shared) => shared < fewest)) {
      const asLabels = legends.filter(
        (legend, index) =>
          legend.named && sharedLabels[index] === 0 && outsideCells(grid, legend, items),
      );
      const labelIds = new Set([...grid.labelIds, ...asLabels.flatMap((l) => [...l.itemIds])]);
      return { grid: { ...grid, labelIds } };
    }
  }
  const grid = legendGrid(area, items, legends);
  return grid ? { grid } : labelled;
}
