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

/** The rectangles of the board the maps' areas need: their frames and their unplaced notes, by id. */
type BoardRects = {
  frames: ReadonlyMap<string, BoardRect>;
  notes: ReadonlyMap<string, BoardRect>;
};

/**
 * One pass over the board for the frames and the few unplaced notes of all the maps, not one
 * per map: the board holds every map's notes (20 maps × 10,720 items on the bench board). The
 * first frame with a map's id counts, and the last item with a note's id, as they did per map.
 */
function boardRectsOf(maps: readonly JourneyMap[], snapshot: BoardSnapshot): BoardRects {
  const mapIds = new Set(maps.map((map) => map.id));
  const noteIds = new Set(maps.flatMap((map) => map.unplaced.map((note) => note.id)));
  const frames = new Map<string, BoardRect>();
  const notes = new Map<string, BoardRect>();
  for (const item of snapshot.items) {
    if (item.kind === 'frame' && !frames.has(item.id) && mapIds.has(item.id))
      frames.set(item.id, item.rect);
    if (noteIds.has(item.id)) notes.set(item.id, item.rect);
  }
  return { frames, notes };
}

/** The map's areas, its frame and unplaced notes looked up in `rects`. */
function areasOf(map: JourneyMap, rects: BoardRects): MapAreas {
  const grid = gridOfArea(map.grid);
  const cells: Record<string, Record<string, BoardRect>> = {};
  map.stages.forEach((stage, s) => {
    const row = (cells[stage.id] ??= {});
    map.lanes.forEach((lane, l) => {
      const cell = gridCell(grid, s, l);
      if (cell && cell.width > 0 && cell.height > 0) row[lane.id] = boardRect(cell);
    });
  });
  const unplaced: Record<string, BoardRect> = {};
  for (const note of map.unplaced) {
    const rect = rects.notes.get(note.id);
    if (rect) unplaced[note.id] = rect;
  }
  return { frame: rects.frames.get(map.id) ?? null, cells, unplaced };
}

/** Where the map's frame, cells and unplaced notes are, from the grid readback found. */
export function mapAreas(map: JourneyMap, snapshot: BoardSnapshot): MapAreas {
  return areasOf(map, boardRectsOf([map], snapshot));
}

/** `mapAreas` of each map, by map id, with one pass over the board for all of them. */
export function mapAreasById(
  maps: readonly JourneyMap[],
  snapshot: BoardSnapshot,
): Record<string, MapAreas> {
  const rects = boardRectsOf(maps, snapshot);
  return Object.fromEntries(maps.map((map) => [map.id, areasOf(map, rects)]));
}
