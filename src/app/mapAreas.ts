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

/**
 * Where the map's cells are. A recorded structure gives the cells of its grid; any other cell is
 * known by the notes readback placed in it (the smallest rectangle holding them all).
 */
export function mapAreas(map: JourneyMap, snapshot: BoardSnapshot): MapAreas {
  const frame = snapshot.items.find((item) => item.id === map.id && item.kind === 'frame');
  const frameRect = frame?.rect ?? null;
  const cells: Record<string, Record<string, Rect>> = {};
  const rects = new Map(snapshot.items.map((item) => [item.id, item.rect]));
  for (const note of map.notes) {
    const rect = rects.get(note.id);
    if (!rect) continue;
    const row = (cells[note.stageId] ??= {});
    const known = row[note.laneId];
    row[note.laneId] = known ? union(known, rect) : rect;
  }
  const structure = snapshot.structures[map.id];
  if (map.structure !== 'app' || !structure || !frameRect) return { frame: frameRect, cells };
  structure.stages.forEach((stage, s) => {
    const [x, width] = structure.grid.columns[s] ?? [0, 0];
    const row = (cells[stage.id] ??= {});
    structure.lanes.forEach((lane, l) => {
      const [y, height] = structure.grid.rows[l] ?? [0, 0];
      row[lane.id] = { x: frameRect.x + x, y: frameRect.y + y, width, height };
    });
  });
  return { frame: frameRect, cells };
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  const right = Math.max(a.x + a.width, b.x + b.width);
  const bottom = Math.max(a.y + a.height, b.y + b.height);
  return { x, y, width: right - x, height: bottom - y };
}
