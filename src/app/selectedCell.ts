import type { Board } from '../board/port.ts';
import { rectCenter } from '../core/geometry/Rect.ts';
import { cellAt } from '../core/workshop/cellAt.ts';
import { mapOnBoard } from './cellOnBoard.ts';

/** The cell of the map that holds the first selected note's centre; null when none does. */
export async function selectedCell(
  board: Board,
  mapId: string,
): Promise<{ stageId: string; laneId: string } | null> {
  const [selected, onBoard] = await Promise.all([
    board.selectedNoteIds(),
    mapOnBoard(board, mapId),
  ]);
  for (const id of selected) {
    const rect = onBoard.noteRects.get(id);
    const color = onBoard.snapshot.items.find((item) => item.id === id)?.color ?? null;
    const cell = rect ? cellAt(onBoard.map, rectCenter(rect), color) : null;
    if (cell) return { stageId: cell.stage.id, laneId: cell.lane.id };
  }
  return null;
}
