import type { Board } from '../board/port.ts';
import type { JourneyMap } from '../core/model/journey.schema.ts';
import { readback } from '../core/readback/readback.ts';
import type { BoardSnapshot } from '../core/snapshot/BoardSnapshot.ts';
import { chooseMaps, type MapChoice } from './chooseMaps.ts';
import { mapAreasById, type MapAreas } from './mapAreas.ts';

export type ReadMapsOptions = { selectionOnly?: boolean };

/** The journey maps read from a board or a board file, and what readback had to say. */
export type MapsOnBoard = {
  maps: JourneyMap[];
  warnings: string[];
  /** Where each map and its cells are on the board, by map id. */
  areas: Readonly<Record<string, MapAreas>>;
  /** Authors' names by id, where the board offers them (none from a board file). */
  authorNames?: Readonly<Record<string, string>>;
  /** True when `maps` holds only the maps a choice named; false when it holds every map. */
  selectionApplied: boolean;
};

export type MapsInSnapshotOptions = {
  /** Without a choice, or when it names no map on the board, every map is kept. */
  choice?: MapChoice;
  /** Warnings of taking the snapshot, listed before readback's. */
  warnings?: readonly string[];
};

/** The journey maps in a snapshot already taken, such as one converted from a board file. */
export function mapsInSnapshot(
  snapshot: BoardSnapshot,
  { choice, warnings = [] }: MapsInSnapshotOptions = {},
): MapsOnBoard {
  const read = readback(snapshot);
  const chosen = choice ? chooseMaps(read.maps, choice) : [];
  const selectionApplied = chosen.length > 0;
  const kept = selectionApplied ? chosen : read.maps;
  const areas = mapAreasById(kept, snapshot);
  return { maps: kept, warnings: [...warnings, ...read.warnings], areas, selectionApplied };
}

/**
 * The journey maps on the board. With `selectionOnly`, only the maps of the selected frames —
 * or every map when no frame is selected.
 */
export async function readMaps(
  board: Board,
  { selectionOnly = false }: ReadMapsOptions = {},
): Promise<MapsOnBoard> {
  const [{ snapshot, warnings: readWarnings, authorNames }, selected] = await Promise.all([
    board.readSnapshot(),
    selectionOnly ? board.selectedFrameIds() : Promise.resolve([]),
  ]);
  const choice = selectionOnly ? { choice: { frameIds: selected } } : {};
  const reading = mapsInSnapshot(snapshot, { ...choice, warnings: readWarnings });
  return authorNames ? { ...reading, authorNames } : reading;
}
