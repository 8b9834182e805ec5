import { describe, expect, it } from 'vitest';
import { emptyNotesWarning, isEmptyNoteText } from './emptyNote.ts';

describe('isEmptyNoteText', () => {
  it('finds no text in white space and line breaks alone', () => {
    expect([isEmptyNoteText(''), isEmptyNoteText(' \n\t'), isEmptyNoteText(' . ')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('emptyNotesWarning', () => {
  it('names the map and counts one note', () => {
    expect(emptyNotesWarning('Checkout', 1)).toBe(
      'Map "Checkout": 1 empty sticky note or card was left out; an empty note is not a note.',
    );
  });
});
