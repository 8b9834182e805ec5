import type { Axis } from '../geometry/Interval.ts';
import { rectsOverlap } from '../geometry/Rect.ts';
import { clusterBands } from './clusterBands.ts';
import type { Box } from './labelItems.ts';

const isSticky = (box: Box) => box.item.kind === 'sticky';

/**
 * The boxes of a band (in order of centre along `across`) that lie over another box of the band
 * beneath them in `depth`. Each box is compared only with the neighbours whose centre is near
 * enough to overlap it, so a band of notes spread out costs little more than its length.
 */
function stackedInBand(band: readonly Box[], across: Axis, depth: ReadonlyMap<Box, number>): Box[] {
  const centre = (box: Box) => (across === 'x' ? box.cx : box.cy);
  const size = (box: Box) => (across === 'x' ? box.right - box.left : box.bottom - box.top);
  const largest = Math.max(0, ...band.map(size));
  const isOver = (box: Box, under: Box) =>
    (depth.get(under) ?? 0) < (depth.get(box) ?? 0) && rectsOverlap(box.item.rect, under.item.rect);
  return band.filter((box, index) => {
    const reach = (size(box) + largest) / 2;
    for (const step of [-1, 1])
      for (let at = index + step; at >= 0 && at < band.length; at += step) {
        const other = band[at];
        if (!other || Math.abs(centre(other) - centre(box)) > reach) break;
        if (isOver(box, other)) return true;
      }
    return false;
  });
}

/**
 * The boxes without the stickies that lie over another sticky of their row or column beneath
 * them (earlier in `boxes`, the board's stacking order): a note dropped on a sticky label, or on
 * a stack of notes, is not a label (R38). They are dropped before the rows and columns are
 * formed, so that a wide note dropped across a label does not join other labels into its band.
 * Shapes and texts stay: drawn stage headers (chevrons) often overlap their neighbours.
 */
export function withoutStackedStickies(boxes: readonly Box[]): Box[] {
  const depth = new Map(boxes.map((box, index) => [box, index]));
  const stickies = boxes.filter(isSticky);
  const stacked = new Set<Box>();
  // Any colour: a note of another colour dropped on a sticky label is no label either. Each
  // colour too: bands are anchored on their first box, so a note of another colour can anchor
  // the any-colour band a note joins, away from the label it lies on, while the same note and
  // label share a band of their colour, as labels are sought (seed 1599444619).
  const colourOf = (box: Box) => box.item.color ?? '';
  const oneColour = new Set(stickies.map(colourOf)).size <= 1;
  for (const typeOf of oneColour ? [colourOf] : [() => 'sticky', colourOf])
    for (const [axis, across] of [
      ['y', 'x'],
      ['x', 'y'],
    ] as const)
      for (const band of clusterBands(stickies, axis, typeOf))
        for (const box of stackedInBand(band, across, depth)) stacked.add(box);
  return stacked.size === 0 ? [...boxes] : boxes.filter((box) => !stacked.has(box));
}
