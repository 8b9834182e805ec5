import type { Board } from '../board/port.ts';
import type { EmotionScore } from '../core/model/emotion.ts';
import { findSlots, slotsForLane } from '../core/workshop/findSlot.ts';
import { scoredNoteText } from '../core/workshop/scoredNoteText.ts';
import { cellOf, mapOnBoard, type CellRef } from './cellOnBoard.ts';
import { laneNoteColor } from './dropNote.ts';

export type AddToCellRequest = CellRef & {
  /** One note per line; blank lines are left out. */
  text: string;
  /** In an emotions lane, the chosen score: the note sits on its row with the score in its text. */
  score: EmotionScore | null;
};

/** The new notes' ids, and how many of them had to overlap others because the cell is full. */
export type AddedToCell = { ids: string[]; crowded: number };

export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * Adds a note for each line to the cell, in the lane's colour, each in the cell's next free slot
 * (findSlot), without covering a note of the map.
 */
export async function addToCell(board: Board, request: AddToCellRequest): Promise<AddedToCell> {
  const lines = linesOf(request.text);
  if (lines.length === 0) return { ids: [], crowded: 0 };
  const onBoard = await mapOnBoard(board, request.mapId);
  const { rect, lane } = cellOf(onBoard, request);
  const score = lane.kind === 'emotions' ? request.score : null;
  const slots = findSlots(
    slotsForLane(rect, lane.kind, score),
    [...onBoard.noteRects.values()],
    lines.length,
  );
  const color = laneNoteColor(lane);
  const { ids } = await board.addNotes(
    lines.map((line, index) => ({
      text: score === null ? line : scoredNoteText(line, score),
      color,
      rect: slots[index]?.rect ?? rect,
      frameId: onBoard.frameId,
    })),
  );
  return { ids, crowded: slots.filter((slot) => slot.crowded).length };
}
