import { STICKY_NOTE_SIZE } from './limits.ts';

/** A sticky note keeps its shape's aspect ratio, so its width sets its height. */
export function stickyNoteHeight(shape: keyof typeof STICKY_NOTE_SIZE, width: number): number {
  const base = STICKY_NOTE_SIZE[shape];
  return (width * base.height) / base.width;
}
