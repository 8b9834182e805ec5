import { rectExtent } from '../geometry/Rect.ts';
import type { Grid } from '../model/Grid.ts';
import { intervalsBetween } from './intervalsBetween.ts';
import type { Box } from './labelItems.ts';

/**
 * The cells that stage labels across and lane labels down mark out (R12): the grid starts halfway
 * between the lane labels' right edge and the first stage label, and halfway between the stage
 * labels' bottom and the first lane label; neighbours meet halfway between their labels (or, for
 * lanes, at a boundary given between them: a blueprint line's centre); the last
 * column and row end past their label by the margin the one before them has, so notes beyond the
 * last stage or below the last lane (a parking area) are in no cell. Labels are in order and
 * there is at least one of each.
 */
export function gridFromLabels(
  stageBoxes: readonly Box[],
  laneBoxes: readonly Box[],
  laneBoundaries: readonly number[] = [],
): Pick<Grid, 'columns' | 'rows'> {
  const laneRight = Math.max(...laneBoxes.map((box) => box.right));
  const stageBottom = Math.max(...stageBoxes.map((box) => box.bottom));
  const firstStageLeft = Math.min(...stageBoxes.map((box) => box.left));
  const firstLaneTop = Math.min(...laneBoxes.map((box) => box.top));
  return {
    columns: intervalsBetween(
      stageBoxes.map((box) => rectExtent(box.item.rect, 'x')),
      (laneRight + firstStageLeft) / 2,
    ),
    rows: intervalsBetween(
      laneBoxes.map((box) => rectExtent(box.item.rect, 'y')),
      (stageBottom + firstLaneTop) / 2,
      laneBoundaries,
    ),
  };
}
