import type { Rect } from '../core/geometry/Rect.ts';
import type { JourneyMap } from '../core/model/journey.schema.ts';
import type { BoardSnapshot } from '../core/snapshot/BoardSnapshot.ts';

/** Board rectangles (top-left origin) to bring into view for a map. */
export type MapAreas = {
  /** The map's frame; null when it is not in the snapshot. */
  frame: Rect | null;
  /** By stage id, then lane id; a cell without a known rectangle is absent. */
  cells: Readonly<Record<string, Readonly<Record<string, Rect>>>>;
};

/** Where the map's frame and cells are, from the grid readback found. */
export function mapAreas(map: JourneyMap, snapshot: BoardSnapshot): MapAreas {
  const frame = snapshot.items.find((item) => item.id === map.id && item.kind === 'frame');
  const cells: Record<string, Record<string, Rect>> = {};
  map.stages.forEach((stage, s) => {
    const [x, width] = map.grid.columns[s] ?? [0, 0];
    const row = (cells[stage.id] ??= {});
    map.lanes.forEach((lane, l) => {
      const [y, height] = map.grid.rows[l] ?? [0, 0];
      if (width > 0 && height > 0) row[lane.id] = { x, y, width, height };
    });
  });
  return { frame: frame?.rect ?? null, cells };
}
