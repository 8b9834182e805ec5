/** A sticky note or card with no text but white space is not a note (DESIGN §1). */
export function isEmptyNoteText(text: string): boolean {
  return text.trim() === '';
}

/** The readback warning for a map's empty notes, which are neither notes nor unplaced. */
export function emptyNotesWarning(mapName: string, count: number): string {
  const what =
    count === 1 ? '1 empty sticky note or card was' : `${count} empty sticky notes or cards were`;
  return `Map "${mapName}": ${what} left out; an empty note is not a note.`;
}
