import { boardRect, type BoardRect } from '../core/geometry/Rect.ts';
import { gridCell } from '../core/model/Grid.ts';
import { gridOfArea } from '../core/model/gridArea.ts';
import type { JourneyMap } from '../core/model/journey.schema.ts';
import type { BoardSnapshot } from '../core/snapshot/BoardSnapshot.ts';

/** Board rectangles to bring into view for a map. */
export type MapAreas = {
  /** The map's frame; null when it is not in the snapshot. */
  frame: BoardRect | null;
  /** By stage id, then lane id; a cell without a known rectangle is absent. */
  cells: Readonly<Record<string, Readonly<Record<string, BoardRect>>>>;
  /** By note id, where each of the map's unplaced notes is. */
  unplaced: Readonly<Record<string, BoardRect>>;
};

/** Where the map's frame, cells and unplaced notes are, from the grid readback found. */
export function mapAreas(map: JourneyMap, snapshot: BoardSnapshot): MapAreas {
  const grid = gridOfArea(map.grid);
  const cells: Record<string, Record<string, BoardRect>> = {};
  map.stages.forEach((stage, s) => {
    const row = (cells[stage.id] ??= {});
    map.lanes.forEach((lane, l) => {
      const cell = gridCell(grid, s, l);
      if (cell && cell.width > 0 && cell.height > 0) row[lane.id] = boardRect(cell);
    });
  });
  // One pass over the board for the frame and the few unplaced notes, not a map of every item.
  const wanted = new Set(map.unplaced.map((note) => note.id));
  const rects = new Map<string, BoardRect>();
  let frame: BoardRect | null = null;
  for (const item of snapshot.items) {
    if (frame === null && item.id === map.id && item.kind === 'frame') frame = item.rect;
    if (wanted.has(item.id)) rects.set(item.id, item.rect);
  }
  const unplaced: Record<string, BoardRect> = {};
  for (const note of map.unplaced) {
    const rect = rects.get(note.id);
    if (rect) unplaced[note.id] = rect;
  }
  return { frame, cells, unplaced };
}
