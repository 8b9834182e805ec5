import type { SnapshotItem } from '../snapshot/BoardSnapshot.ts';
import type { Box } from './labelItems.ts';
import type { Span } from './MapGrid.ts';
import { spansBetween } from './spansBetween.ts';

/**
 * The cells that stage labels across and lane labels down mark out (R12): the grid starts halfway
 * between the lane labels' right edge and the first stage label, and halfway between the stage
 * labels' bottom and the first lane label; neighbours meet halfway between their labels; the last
 * column and row run to the frame's edge (or the label's, if it sticks out). Labels are in order
 * and there is at least one of each.
 */
export function gridFromLabels(
  frame: SnapshotItem,
  stageBoxes: readonly Box[],
  laneBoxes: readonly Box[],
): { columns: Span[]; rows: Span[] } {
  const laneRight = Math.max(...laneBoxes.map((box) => box.right));
  const stageBottom = Math.max(...stageBoxes.map((box) => box.bottom));
  const firstStageLeft = Math.min(...stageBoxes.map((box) => box.left));
  const firstLaneTop = Math.min(...laneBoxes.map((box) => box.top));
  const lastStageRight = Math.max(...stageBoxes.map((box) => box.right));
  const lastLaneBottom = Math.max(...laneBoxes.map((box) => box.bottom));
  const frameRight = frame.rect.x + frame.rect.width;
  const frameBottom = frame.rect.y + frame.rect.height;
  return {
    columns: spansBetween(
      stageBoxes.map((box) => [box.left, box.right] as const),
      (laneRight + firstStageLeft) / 2,
      Math.max(frameRight, lastStageRight),
    ),
    rows: spansBetween(
      laneBoxes.map((box) => [box.top, box.bottom] as const),
      (stageBottom + firstLaneTop) / 2,
      Math.max(frameBottom, lastLaneBottom),
    ),
  };
}
