import { parseCard, parseFrame, parseShape, parseStickyNote, parseText } from './itemSchemas.ts';
import { STICKY_NOTE_TAKES_WIDTH_AND_HEIGHT } from '../miroRules/limits.ts';
import { pick } from './parseRecordProps.ts';
import type { StoredItem } from './StoredItem.ts';

/**
 * The record an item object's props describe, validated as on create. A shape's size is read-only
 * (changing it throws); a text's height and a frame's `childrenIds` are derived (writes are
 * ignored); a sticky note takes a new width or a new height, never both, and keeps its height when
 * only its shape changes; a card's height is read-only, as in Miro's types.
 */
export function syncedRecord(current: StoredItem, view: Record<string, unknown>): StoredItem {
  switch (current.type) {
    case 'frame': {
      const { x, y, fields } = parseFrame(
        pick(view, ['x', 'y', 'title', 'width', 'height', 'style']),
      );
      return { ...current, x, y, ...fields };
    }
    case 'shape': {
      for (const key of ['width', 'height'] as const)
        if (view[key] !== current[key])
          throw new Error(`Invalid shape: At ${key}: read-only after creation`);
      // The size is not validated again: the app cannot change it.
      const { x, y, fields } = parseShape(pick(view, ['x', 'y', 'content', 'shape', 'style']));
      return { ...current, x, y, ...fields, width: current.width, height: current.height };
    }
    case 'text': {
      const { x, y, fields } = parseText(pick(view, ['x', 'y', 'content', 'width', 'style']));
      return { ...current, x, y, ...fields };
    }
    case 'sticky_note': {
      const widthChanged = view['width'] !== current.width;
      const heightChanged = view['height'] !== current.height;
      if (!STICKY_NOTE_TAKES_WIDTH_AND_HEIGHT && widthChanged && heightChanged)
        throw new Error('Invalid sticky_note: At height: set width or height, not both');
      const size = heightChanged
        ? { height: view['height'] }
        : widthChanged || view['shape'] === current.shape
          ? { width: view['width'] }
          : { height: current.height };
      const { x, y, fields } = parseStickyNote({
        ...pick(view, ['x', 'y', 'content', 'shape', 'style', 'tagIds']),
        ...size,
      });
      const sameSize = !widthChanged && !heightChanged && fields.shape === current.shape;
      const kept = sameSize ? { width: current.width, height: current.height } : {};
      return { ...current, x, y, ...fields, ...kept };
    }
    case 'card': {
      if (view['height'] !== current.height)
        throw new Error('Invalid card: At height: read-only after creation');
      const { x, y, fields } = parseCard(
        pick(view, ['x', 'y', 'title', 'description', 'width', 'height', 'style', 'tagIds']),
      );
      return { ...current, x, y, ...fields };
    }
  }
}
