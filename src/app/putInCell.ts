import type { Board } from '../board/port.ts';
import { findSlot, slotsForLane } from '../core/workshop/findSlot.ts';
import { cellOf, mapOnBoard, type CellRef } from './cellOnBoard.ts';

export type PutInCellRequest = CellRef & { noteId: string };

/** Whether the note had to overlap others because the cell is full. */
export type PutInCell = { crowded: boolean };

/** Moves one of the map's notes to the next free slot of the cell (findSlot). */
export async function putInCell(board: Board, request: PutInCellRequest): Promise<PutInCell> {
  const onBoard = await mapOnBoard(board, request.mapId);
  const from = onBoard.noteRects.get(request.noteId);
  if (!from) throw new Error('That note is no longer on the map.');
  const { rect, lane } = cellOf(onBoard, request);
  const color = onBoard.snapshot.items.find((item) => item.id === request.noteId)?.color ?? null;
  // On a legend map a note's lane is its colour (R31): moving it cannot change its lane.
  if (lane.color !== undefined && color !== lane.color)
    throw new Error(
      `On this map each lane is a colour: only a ${lane.color} note goes into "${lane.name}".`,
    );
  const others = [...onBoard.noteRects]
    .filter(([id]) => id !== request.noteId)
    .map(([, other]) => other);
  const slot = findSlot(slotsForLane(rect, lane.kind), others);
  await board.moveNotes([{ id: request.noteId, to: slot.rect }]);
  return { crowded: slot.crowded };
}
