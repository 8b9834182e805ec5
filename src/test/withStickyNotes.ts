import type { EmulatorState } from '../board/emulator/EmulatorState.ts';
import type { StoredFrame, StoredItem, StoredStickyNote } from '../board/emulator/StoredItem.ts';
import type { NoteColor } from '../core/model/noteColor.ts';

/** A sticky note to put on the board: its centre in board coordinates. */
export type NoteSpec = { x: number; y: number; text?: string; color?: NoteColor };

const AUTHOR = '3074457350987654321';
const CREATED_AT = '2025-01-01T00:00:00.000Z';

/**
 * The state with these default-size square notes added on top, each attached to the topmost frame
 * holding its centre — what a person adding them by hand would get, without 10,000 undoable steps.
 */
export function withStickyNotes(state: EmulatorState, notes: readonly NoteSpec[]): EmulatorState {
  const frames = state.items.filter((item): item is StoredFrame => item.type === 'frame').reverse();
  const children = new Map<string, string[]>();
  let nextId = BigInt(state.nextId);
  const added = notes.map((note): StoredStickyNote => {
    const id = String(nextId++);
    const frame = frames.find((f) => contains(f, note));
    if (frame) children.set(frame.id, [...(children.get(frame.id) ?? []), id]);
    const origin = frame
      ? { x: frame.x - frame.width / 2, y: frame.y - frame.height / 2 }
      : { x: 0, y: 0 };
    return {
      id,
      type: 'sticky_note',
      x: note.x - origin.x,
      y: note.y - origin.y,
      parentId: frame?.id ?? null,
      createdAt: CREATED_AT,
      createdBy: AUTHOR,
      modifiedAt: CREATED_AT,
      modifiedBy: AUTHOR,
      metadata: {},
      content: `<p>${note.text ?? ''}</p>`,
      shape: 'square',
      width: 199,
      height: 228,
      style: {
        fillColor: note.color ?? 'light_yellow',
        textAlign: 'center',
        textAlignVertical: 'middle',
      },
      tagIds: [],
    };
  });
  const items = state.items.map((item): StoredItem => {
    const ids = children.get(item.id);
    return ids && item.type === 'frame'
      ? { ...item, childrenIds: [...item.childrenIds, ...ids] }
      : item;
  });
  return { ...state, items: [...items, ...added], nextId: String(nextId) };
}

function contains(frame: StoredFrame, point: { x: number; y: number }): boolean {
  return (
    Math.abs(point.x - frame.x) <= frame.width / 2 &&
    Math.abs(point.y - frame.y) <= frame.height / 2
  );
}
