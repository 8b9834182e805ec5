import { rectExtent, type Rect } from '../geometry/Rect.ts';
import type { Grid } from '../model/Grid.ts';
import { intervalsBetween } from './intervalsBetween.ts';
import type { Box } from './labelItems.ts';

/**
 * The cells that stage labels across and lane labels down mark out (R12): the grid starts halfway
 * between the lane labels' right edge and the first stage label, and halfway between the stage
 * labels' bottom and the first lane label; neighbours meet halfway between their labels, or at a
 * lane boundary given between them (a blueprint line's centre, R24); the last column and row run
 * to the frame's edge (or the label's, if it sticks out). Labels are in order and there is at
 * least one of each.
 */
export function gridFromLabels(
  area: Rect,
  stageBoxes: readonly Box[],
  laneBoxes: readonly Box[],
  laneBoundaries: readonly number[] = [],
): Pick<Grid, 'columns' | 'rows'> {
  const laneRight = Math.max(...laneBoxes.map((box) => box.right));
  const stageBottom = Math.max(...stageBoxes.map((box) => box.bottom));
  const firstStageLeft = Math.min(...stageBoxes.map((box) => box.left));
  const firstLaneTop = Math.min(...laneBoxes.map((box) => box.top));
  const lastStageRight = Math.max(...stageBoxes.map((box) => box.right));
  const lastLaneBottom = Math.max(...laneBoxes.map((box) => box.bottom));
  const frameRight = rectExtent(area, 'x').end;
  const frameBottom = rectExtent(area, 'y').end;
  return {
    columns: intervalsBetween(
      stageBoxes.map((box) => rectExtent(box.item.rect, 'x')),
      (laneRight + firstStageLeft) / 2,
      Math.max(frameRight, lastStageRight),
    ),
    rows: intervalsBetween(
      laneBoxes.map((box) => rectExtent(box.item.rect, 'y')),
      (stageBottom + firstLaneTop) / 2,
      Math.max(frameBottom, lastLaneBottom),
      laneBoundaries,
    ),
  };
}
