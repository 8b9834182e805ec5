import type { Board, BoardDrop, NewNote } from '../board/port.ts';
import { moveInside } from '../core/geometry/moveInside.ts';
import { boardRect, rectAround, type BoardRect } from '../core/geometry/Rect.ts';
import type { JourneyMap, Lane } from '../core/model/journey.schema.ts';
import { LANE_KIND_NOTE_COLORS } from '../core/model/laneKind.ts';
import type { NoteColor } from '../core/model/noteColor.ts';
import { DEFAULT_NOTE_SIZE } from '../core/model/noteSize.ts';
import { cellAt, type MapCell } from '../core/workshop/cellAt.ts';
import { slotsForLane } from '../core/workshop/findSlot.ts';

/** What a note chip in the panel carries as `data-*` attributes, and so what its drop says. */
export type NoteChip = { mapId: string; laneId: string };

/** The chip's attributes on its element; the board hands them back as the drop's `data`. */
export function noteChipAttributes(chip: NoteChip): Record<`data-${string}`, string> {
  return { 'data-map-id': chip.mapId, 'data-lane-id': chip.laneId };
}

/** The chip a drop came from, read from its element's dataset; undefined for anything else. */
export function noteChipOf(drop: BoardDrop): NoteChip | undefined {
  const { mapId, laneId } = drop.data;
  return mapId && laneId ? { mapId, laneId } : undefined;
}

/**
 * A lane's notes are in its legend colour on a map told apart by one (R30), else in its kind's
 * colour, as the layout draws its samples.
 */
export function laneNoteColor(lane: Pick<Lane, 'kind' | 'color'>): NoteColor {
  return lane.color ?? LANE_KIND_NOTE_COLORS[lane.kind];
}

/** Which lane's chip made the note, and the cell holding it (null outside every cell). */
export type DroppedNote = { lane: Lane; cell: MapCell | null };

/** The map a drop can land in, with its frame's board rectangle when it is known. */
export type DropTarget = { map: JourneyMap; frame: BoardRect | null };

/**
 * The note a chip's drop makes, empty for the person to write, in the chip's lane colour. In a
 * cell it has the size of that cell's note slots and sits at the drop point kept inside the cell
 * (so readback finds it there); elsewhere it is a default-size note at the point, kept inside the
 * map's frame, which every added note belongs to. A map with no frame (drawn on the open canvas)
 * gets its note on the canvas.
 */
export function noteForDrop(
  target: DropTarget,
  lane: Lane,
  drop: BoardDrop,
): { note: NewNote; cell: MapCell | null } {
  const color = laneNoteColor(lane);
  const cell = cellAt(target.map, drop.point, color);
  const frameId = target.frame ? target.map.id : null;
  if (cell) {
    const size = slotsForLane(cell.rect, cell.lane.kind).size;
    const rect = moveInside(boardRect(rectAround(drop.point, size)), cell.rect);
    return { note: { text: '', color, rect, frameId }, cell };
  }
  const around = boardRect(rectAround(drop.point, DEFAULT_NOTE_SIZE));
  const rect = target.frame ? moveInside(around, target.frame) : around;
  return { note: { text: '', color, rect, frameId }, cell: null };
}

/**
 * Adds the note a chip of `target`'s map was dropped for. Undefined when the drop is not one of
 * this map's chips (another map's, or a lane since removed).
 */
export async function dropNote(
  board: Pick<Board, 'addNotes'>,
  target: DropTarget,
  drop: BoardDrop,
): Promise<DroppedNote | undefined> {
  const chip = noteChipOf(drop);
  if (!chip || chip.mapId !== target.map.id) return undefined;
  const lane = target.map.lanes.find((candidate) => candidate.id === chip.laneId);
  if (!lane) return undefined;
  const { note, cell } = noteForDrop(target, lane, drop);
  await board.addNotes([note]);
  return { lane, cell };
}
