import type { Persona } from '../model/journey.schema.ts';
import { isPersonaCardText, personaFromCardText } from '../model/personaCard.ts';
import type { SnapshotItem } from '../snapshot/BoardSnapshot.ts';

/**
 * The persona of a frame's items from the app's persona card, found by its record, else by its
 * text; null when the frame has none.
 */
export function readPersona(items: readonly SnapshotItem[]): Persona | null {
  const card =
    items.find((item) => item.record?.role === 'persona') ??
    items.find(
      (item) => (item.kind === 'shape' || item.kind === 'text') && isPersonaCardText(item.text),
    );
  return card ? personaFromCardText(card.text) : null;
}
