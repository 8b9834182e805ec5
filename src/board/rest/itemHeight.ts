import { stickyNoteHeight } from '../miroRules/stickyNoteHeight.ts';
import { estimateTextHeight } from '../miroRules/textHeight.ts';
import type { RestItem } from './boardFile.schema.ts';

/**
 * An item's height as a board file gives it; REST leaves it out for sticky notes and texts,
 * whose height follows from their width (and a text's content), so it is derived as Miro does.
 */
export function itemHeight(item: RestItem): number {
  switch (item.type) {
    case 'sticky_note':
      return item.geometry.height ?? stickyNoteHeight(item.data.shape, item.geometry.width);
    case 'text':
      return (
        item.geometry.height ??
        estimateTextHeight(item.data.content, item.geometry.width, item.style.fontSize)
      );
    default:
      return item.geometry?.height ?? 0;
  }
}
