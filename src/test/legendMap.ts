import type { Rect } from '../core/geometry/Rect.ts';
import { NOTE_COLOR_HEX, type NoteColor } from '../core/model/noteColor.ts';
import type { RawSnapshotItem } from '../core/snapshot/BoardSnapshot.ts';
import { frame, rawItem, shapeLabel, textItem } from './snapshotBuilders.ts';

export type LegendEntrySpec = { color: NoteColor; name: string };

export type LegendMap = {
  frameId: string;
  stages: readonly string[];
  /** Column widths, one per stage (default 600 each). */
  widths?: readonly number[];
  entries: readonly LegendEntrySpec[];
  /** A column down the left of the grid, or a row above the stage labels. */
  legend: 'column' | 'row';
  /** Empty stickies, stickies whose own text is the name, or filled shapes (default 'sticky'). */
  swatches?: 'sticky' | 'namedSticky' | 'shape';
  /** Height of the grid below the stage labels (default 1600). */
  height?: number;
};

/**
 * A hand-made map whose lanes are told apart by a colour legend, in a frame at (0, 0): a title
 * text at (40, 40), stage labels (shapes) at y 300–380 from x 400, each spanning its column less
 * 20 on each side, and no lane labels. Frame 400 + Σ widths + 100 wide, 380 + height high.
 * A column legend has its entry i at y 440 + 120 i: an 80 × 80 swatch at x 40 and a 200 × 60
 * name at x 140, y + 10 (a named sticky is 300 × 80 at x 40), so its right edge is 340. A row
 * legend has its entry i at x 400 + 300 i, y 180: a 60 × 60 swatch and a 200 × 60 name at x + 70
 * (a named sticky 260 × 80 at y 160). Ids: `${frameId}-s1…`, swatches `${frameId}-w1…`, names
 * `${frameId}-n1…`.
 */
export function legendMap(spec: LegendMap): RawSnapshotItem[] {
  const { frameId, stages, entries, legend, swatches = 'sticky', height = 1600 } = spec;
  const widths = spec.widths ?? stages.map(() => 600);
  const parentId = frameId;
  const items: RawSnapshotItem[] = [];
  let x = 400;
  stages.forEach((name, index) => {
    const width = widths[index] ?? 600;
    const rect = { x: x + 20, y: 300, width: width - 40, height: 80 };
    items.push(shapeLabel(`${frameId}-s${index + 1}`, rect, name, { parentId }));
    x += width;
  });
  entries.forEach(({ color, name }, index) => {
    const swatchId = `${frameId}-w${index + 1}`;
    const at =
      legend === 'column' ? { x: 40, y: 440 + 120 * index } : { x: 400 + 300 * index, y: 180 };
    if (swatches === 'namedSticky') {
      const rect: Rect =
        legend === 'column'
          ? { x: at.x, y: at.y, width: 300, height: 80 }
          : { x: at.x, y: at.y - 20, width: 260, height: 80 };
      items.push(rawItem(swatchId, 'sticky', rect, name, { parentId, color }));
      return;
    }
    const size = legend === 'column' ? 80 : 60;
    const rect = { x: at.x, y: at.y, width: size, height: size };
    items.push(
      swatches === 'shape'
        ? rawItem(swatchId, 'shape', rect, '', { parentId, fill: NOTE_COLOR_HEX[color] })
        : rawItem(swatchId, 'sticky', rect, '', { parentId, color }),
    );
    const nameRect =
      legend === 'column'
        ? { x: 140, y: at.y + 10, width: 200, height: 60 }
        : { x: at.x + 70, y: at.y, width: 200, height: 60 };
    items.push(textItem(`${frameId}-n${index + 1}`, nameRect, name, { parentId }));
  });
  const title = { x: 40, y: 40, width: 1200, height: 100 };
  return [
    frame(frameId, { x: 0, y: 0, width: x + 100, height: 380 + height }, ''),
    textItem(`${frameId}-title`, title, 'Journey', { parentId, fontSize: 64 }),
    ...items,
  ];
}
