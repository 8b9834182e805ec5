import { clusterBands } from './clusterBands.ts';
import { labelName, labelParts, type Box } from './labelItems.ts';
import { laneKindOf } from './laneKindOf.ts';

/** Whether a frame with no grid looks like a map (R4), and why it yields none (R37). */
export type NoGrid = { looksLikeMap: boolean; reason: string };

/** Shapes and texts line up whatever their fill; stickies only with the same colour (R10). */
function bandType(box: Box): string {
  return box.item.kind === 'sticky' ? `sticky:${box.item.color ?? ''}` : box.item.kind;
}

const bandsOf = (boxes: readonly Box[], axis: 'x' | 'y') =>
  clusterBands(boxes, axis, bandType).filter((band) => band.length >= 2);

/** Up to three of the band's names, quoted, for a warning. */
function namesOf(band: readonly Box[]): string {
  const names = band.slice(0, 3).map((box) => `"${labelName(box.item.text)}"`);
  return `${names.join(', ')}${band.length > 3 ? ', …' : ''}`;
}

function largest(bands: readonly Box[][]): Box[] {
  return bands.reduce<Box[]>((best, band) => (band.length > best.length ? band : best), []);
}

/** A column of one colour of stickies naming two different lane kinds reads as sticky lane labels. */
function hasStickyLaneColumn(stickies: readonly Box[]): boolean {
  return bandsOf(stickies, 'x').some((column) => {
    const kinds = new Set(column.map((box) => laneKindOf(labelParts(box.item.text).name)));
    kinds.delete('custom');
    return kinds.size >= 2;
  });
}

/**
 * Why the label candidates of a frame make no grid, once `inferGrid` found none: the drawn labels
 * (shapes and texts) are judged when two of them line up, else the stickies. The frame looks like
 * a map when it has a label naming the stage row, two drawn labels naming lane kinds, or a column
 * of stickies naming two lane kinds.
 */
export function whyNoGrid(
  drawn: readonly Box[],
  candidates: readonly Box[],
  hasStageRowHeader: boolean,
): NoGrid {
  const stickies = candidates.filter((box) => box.item.kind === 'sticky');
  const known = drawn.filter(
    (box) => laneKindOf(labelParts(box.item.text).name) !== 'custom',
  ).length;
  const looksLikeMap = hasStageRowHeader || known >= 2 || hasStickyLaneColumn(stickies);
  const drawnRows = bandsOf(drawn, 'y');
  const drawnColumns = bandsOf(drawn, 'x');
  const drawnLineUp = drawnRows.length > 0 || drawnColumns.length > 0;
  const rows = drawnLineUp ? drawnRows : bandsOf(stickies, 'y');
  const columns = drawnLineUp ? drawnColumns : bandsOf(stickies, 'x');
  const row = largest(rows);
  const column = largest(columns);
  let reason: string;
  if (rows.length === 0 && columns.length === 0)
    reason = 'no two of its labels line up in a row or a column';
  else if (columns.length === 0)
    reason = `it has a row of labels (${namesOf(row)}) but no column of lane labels down the left below it`;
  else if (rows.length === 0)
    reason = `it has a column of labels (${namesOf(column)}) but no row of stage labels across the top right of it`;
  else if (!drawnLineUp)
    reason =
      'its labels are stickies that line up with its notes in a block, so they cannot be told ' +
      'from notes; labels drawn as shapes or texts, or in a colour of their own, can';
  else
    reason = `its row of labels (${namesOf(row)}) is not above and right of a column of lane labels (${namesOf(column)})`;
  return { looksLikeMap, reason };
}
