import type { Board } from '../board/port.ts';
import { planTidy, type TidyMove } from '../core/workshop/planTidy.ts';
import { mapOnBoard, type CellRef } from './cellOnBoard.ts';

/** A note tidy will move, with the cell it stays in and its text, to show before moving. */
export type PlannedMove = TidyMove & { text: string; stageName: string; laneName: string };

export type TidyRequest = { mapId: string; cell?: Omit<CellRef, 'mapId'> };

/** What tidying the map, or one of its cells, would move, in the map's lane then stage order. */
export async function planTidyOnBoard(board: Board, request: TidyRequest): Promise<PlannedMove[]> {
  const { map, noteRects } = await mapOnBoard(board, request.mapId);
  const notes = new Map(map.notes.map((note) => [note.id, note]));
  const stages = new Map(map.stages.map((stage) => [stage.id, stage.name]));
  const lanes = new Map(map.lanes.map((lane) => [lane.id, lane.name]));
  const moves = planTidy({
    map,
    rects: noteRects,
    ...(request.cell ? { cell: request.cell } : {}),
  });
  return moves.map((move) => {
    const note = notes.get(move.id);
    return {
      ...move,
      text: note?.text ?? '',
      stageName: (note && stages.get(note.stageId)) ?? '',
      laneName: (note && lanes.get(note.laneId)) ?? '',
    };
  });
}

/** Applies the planned moves; returns how many notes moved. */
export async function applyTidy(board: Board, moves: readonly TidyMove[]): Promise<number> {
  if (moves.length === 0) return 0;
  const { ids } = await board.moveNotes(moves.map(({ id, to }) => ({ id, to })));
  return ids.length;
}
