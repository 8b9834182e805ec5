import type { z } from 'zod';
import type {
  StoredCardSchema,
  StoredConnectorSchema,
  StoredFrameSchema,
  StoredShapeSchema,
  StoredStickyNoteSchema,
  StoredTagSchema,
  StoredTextSchema,
} from './storedRecordSchemas.ts';

/**
 * An item as the emulated board holds it. `x`/`y` are the centre: on the board for a top-level
 * item, from the parent frame's top-left corner for a child. `metadata` is this app's only.
 */
export type StoredFrame = z.infer<typeof StoredFrameSchema>;
export type StoredShape = z.infer<typeof StoredShapeSchema>;
export type StoredText = z.infer<typeof StoredTextSchema>;
export type StoredStickyNote = z.infer<typeof StoredStickyNoteSchema>;
export type StoredCard = z.infer<typeof StoredCardSchema>;
export type StoredItem = StoredFrame | StoredShape | StoredText | StoredStickyNote | StoredCard;

/** What every item has, whatever its type. */
export type StoredCommon = Pick<
  StoredItem,
  | 'id'
  | 'x'
  | 'y'
  | 'parentId'
  | 'createdAt'
  | 'createdBy'
  | 'modifiedAt'
  | 'modifiedBy'
  | 'metadata'
>;

/** Connectors have no position of their own: they run between two items. */
export type StoredConnector = z.infer<typeof StoredConnectorSchema>;

export type StoredTag = z.infer<typeof StoredTagSchema>;
export type ItemType = StoredItem['type'];
