import { z } from 'zod';

/** The sixteen named sticky-note colours a whiteboard offers; no other value is accepted. */
export const NOTE_COLORS = [
  'gray',
  'light_yellow',
  'yellow',
  'orange',
  'light_green',
  'green',
  'dark_green',
  'cyan',
  'light_pink',
  'pink',
  'violet',
  'red',
  'light_blue',
  'blue',
  'dark_blue',
  'black',
] as const;

export const NoteColor = z.enum(NOTE_COLORS);
export type NoteColor = z.infer<typeof NoteColor>;
