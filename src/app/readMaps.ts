import type { Board } from '../board/port.ts';
import type { JourneyMap } from '../core/model/journey.schema.ts';
import { readback } from '../core/readback/readback.ts';
import { mapAreas, type MapAreas } from './mapAreas.ts';

export type ReadMapsOptions = { selectionOnly?: boolean };

export type MapsOnBoard = {
  maps: JourneyMap[];
  warnings: string[];
  /** Where each map and its cells are on the board, by map id. */
  areas: Readonly<Record<string, MapAreas>>;
  /** True when `maps` holds only the maps of the selected frames. */
  selectionApplied: boolean;
};

/**
 * The journey maps on the board. With `selectionOnly`, only the maps of the selected frames —
 * or every map when no frame is selected.
 */
export async function readMaps(
  board: Board,
  { selectionOnly = false }: ReadMapsOptions = {},
): Promise<MapsOnBoard> {
  const [{ snapshot, warnings: readWarnings }, selected] = await Promise.all([
    board.readSnapshot(),
    selectionOnly ? board.selectedFrameIds() : Promise.resolve([]),
  ]);
  const { maps, warnings } = readback(snapshot);
  const selectedIds = new Set(selected);
  const selectionApplied = selectionOnly && maps.some((map) => selectedIds.has(map.id));
  const kept = selectionApplied ? maps.filter((map) => selectedIds.has(map.id)) : maps;
  const areas = Object.fromEntries(kept.map((map) => [map.id, mapAreas(map, snapshot)]));
  return { maps: kept, warnings: [...readWarnings, ...warnings], areas, selectionApplied };
}
