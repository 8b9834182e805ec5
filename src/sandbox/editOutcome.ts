/** What closing the text editor does to the item: keep it as it was, save the text, or remove it. */
export type EditOutcome = { kind: 'keep' } | { kind: 'save'; text: string } | { kind: 'remove' };

/**
 * Escape drops the edit: an existing item keeps the text it had, and a note added for this edit
 * is removed, since an empty note is not a note (DESIGN §1). Finishing saves a changed text.
 */
export function editOutcome(edit: {
  finish: 'commit' | 'cancel';
  isNew: boolean;
  initial: string;
  text: string;
}): EditOutcome {
  if (edit.finish === 'cancel') return edit.isNew ? { kind: 'remove' } : { kind: 'keep' };
  return edit.text !== edit.initial ? { kind: 'save', text: edit.text } : { kind: 'keep' };
}
