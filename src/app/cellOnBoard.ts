import type { Board } from '../board/port.ts';
import type { BoardRect } from '../core/geometry/Rect.ts';
import type { JourneyMap, Lane } from '../core/model/journey.schema.ts';
import type { BoardSnapshot } from '../core/snapshot/BoardSnapshot.ts';
import { mapAreas } from './mapAreas.ts';
import { mapsInSnapshot } from './readMaps.ts';

/** A cell of a map, by the ids of the map's frame, its stage and its lane. */
export type CellRef = { mapId: string; stageId: string; laneId: string };

/** A map as the board shows it now, with where each of its notes (placed or not) is. */
export type MapOnBoard = {
  map: JourneyMap;
  /** By note id, the notes in cells and the unplaced ones. */
  noteRects: ReadonlyMap<string, BoardRect>;
  snapshot: BoardSnapshot;
  /** The map's frame, which new notes belong to; null for a map drawn on the open canvas. */
  frameId: string | null;
};

/** The map read afresh from the board, so that what is placed goes where notes are now. */
export async function mapOnBoard(board: Board, mapId: string): Promise<MapOnBoard> {
  const { snapshot } = await board.readSnapshot();
  const map = mapsInSnapshot(snapshot).maps.find((candidate) => candidate.id === mapId);
  if (!map) throw new Error('That map is no longer on the board.');
  const ids = new Set([...map.notes, ...map.unplaced].map((note) => note.id));
  const noteRects = new Map(
    snapshot.items.filter((item) => ids.has(item.id)).map((item) => [item.id, item.rect]),
  );
  const framed = snapshot.items.some((item) => item.id === mapId && item.kind === 'frame');
  return { map, noteRects, snapshot, frameId: framed ? mapId : null };
}

/** The cell's rectangle and lane, or an error saying it is gone. */
export function cellOf(
  { map, snapshot }: MapOnBoard,
  cell: CellRef,
): { rect: BoardRect; lane: Lane } {
  const lane = map.lanes.find((candidate) => candidate.id === cell.laneId);
  const rect = mapAreas(map, snapshot).cells[cell.stageId]?.[cell.laneId];
  if (!lane || !rect) throw new Error('That cell is no longer on the map.');
  return { rect, lane };
}
