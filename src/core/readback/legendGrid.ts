import { rectExtent, type Rect } from '../geometry/Rect.ts';
import type { Lane, Stage } from '../model/journey.schema.ts';
import type { NoteColor } from '../model/noteColor.ts';
import type { SnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { findLegends, type Legend } from './findLegend.ts';
import { isBetter, labelCandidates, stageRows } from './inferGrid.ts';
import { intervalsBetween } from './intervalsBetween.ts';
import { labelParts, type Box } from './labelItems.ts';
import { laneKindOf } from './laneKindOf.ts';
import type { MapGrid } from './MapGrid.ts';

type LegendPair = { stages: Box[]; legend: Legend; score: number[] };

/**
 * The stage row and legend that go together (R30): the legend lies above the row, or left or
 * right of all its stages. Preferred, in order: more stages, a legend whose entries all have a name item, more
 * entries, a higher row.
 */
function bestLegendPair(rows: readonly Box[][], legends: readonly Legend[]): LegendPair | null {
  let best: LegendPair | null = null;
  for (const row of rows) {
    // A row holding two names or swatches of a legend is that legend, not a stage row.
    if (legends.some((legend) => row.filter((box) => legend.itemIds.has(box.item.id)).length >= 2))
      continue;
    const rowTop = Math.min(...row.map((box) => box.top));
    for (const legend of legends) {
      const stages = row.filter((box) => !legend.itemIds.has(box.item.id));
      // Left (right) of the stages means left (right) of all of them: a legend in a stage column
      // is notes.
      const above = legend.bottom <= rowTop;
      const rightOf = stages.every((box) => box.right <= legend.left);
      if (!above && !rightOf && stages.some((box) => box.left < legend.right)) continue;
      if (stages.length < 2) continue;
      const score = [stages.length, legend.named ? 1 : 0, legend.entries.length, -rowTop];
      if (isBetter(score, best)) best = { stages, legend, score };
    }
  }
  return best;
}

/** One lane per legend entry (each of its own colour), in the legend's order. */
function legendLanes(legend: Legend): { lanes: Lane[]; laneIndexByColor: Map<NoteColor, number> } {
  const lanes: Lane[] = [];
  const laneIndexByColor = new Map<NoteColor, number>();
  for (const { color, label } of legend.entries) {
    laneIndexByColor.set(color, lanes.length);
    lanes.push({ id: `lane-${lanes.length + 1}`, name: label, kind: laneKindOf(label), color });
  }
  return { lanes, laneIndexByColor };
}

/**
 * A map whose lanes come from a colour legend (R30, R31): stage labels in a row, a legend above
 * them or left of them, and no lane labels. Every lane's row spans the grid's whole height; a
 * note's lane is the one of its colour. Null when the area has no such legend and stage row.
 */
export function legendGrid(
  area: Rect,
  items: readonly SnapshotItem[],
  legends: readonly Legend[] = findLegends(area, items),
): MapGrid | null {
  if (legends.length === 0) return null;
  const { rowHeaders, candidates } = labelCandidates(area, items);
  const drawn = candidates.filter((box) => box.item.kind !== 'sticky');
  const pair =
    bestLegendPair(stageRows(drawn), legends) ?? bestLegendPair(stageRows(candidates), legends);
  if (!pair) return null;
  const { stages: stageBoxes, legend } = pair;
  const firstStageLeft = Math.min(...stageBoxes.map((box) => box.left));
  const stageBottom = Math.max(...stageBoxes.map((box) => box.bottom));
  const gridLeft =
    legend.right <= firstStageLeft
      ? (legend.right + firstStageLeft) / 2
      : rectExtent(area, 'x').start;
  // the columns end where the stage labels end (R12); with no lane labels, the lanes run down
  // to the frame's bottom
  const columns = intervalsBetween(
    stageBoxes.map((box) => rectExtent(box.item.rect, 'x')),
    gridLeft,
  );
  const { lanes, laneIndexByColor } = legendLanes(legend);
  const row = { start: stageBottom, end: Math.max(rectExtent(area, 'y').end, stageBottom) };
  const stages = stageBoxes.map((box, index): Stage => ({
    id: `stage-${index + 1}`,
    name: labelParts(box.item.text).name,
  }));
  const corner = rowHeaders.filter((box) => box.cx < gridLeft && box.cy < stageBottom);
  return {
    structure: 'inferred',
    stages,
    lanes,
    columns,
    rows: lanes.map(() => ({ ...row })),
    labelIds: new Set([...[...stageBoxes, ...corner].map((box) => box.item.id), ...legend.itemIds]),
    scaleLaneIds: new Set(),
    laneIndexByColor,
  };
}
