import type { BoardRect } from '../geometry/Rect.ts';
import type { MapRecord } from '../model/mapRecord.schema.ts';
import type { NoteColor } from '../model/noteColor.ts';

/** What readback needs to know of an item, whichever whiteboard or file it came from. */
export type SnapshotItemKind = 'frame' | 'sticky' | 'card' | 'shape' | 'text' | 'other';

export type RawSnapshotItem = {
  id: string;
  kind: SnapshotItemKind;
  rect: BoardRect;
  /** Plain text: HTML stripped, paragraphs and `<br>` as line breaks, entities decoded. A frame's title; a card's title, a line break and its description. */
  text: string;
  /** A sticky note's named colour; null for other kinds. */
  color: NoteColor | null;
  /** A shape's, text's or card's fill as #rrggbb where known. */
  fill: string | null;
  fontSize: number | null;
  /** Tag titles. */
  tags: string[];
  author: string | null;
  createdAt: string | null;
  modifiedAt: string | null;
  /** The frame the item is attached to, if any. */
  parentId: string | null;
  /** What the item records about itself as part of an inserted map, when the source could tell. */
  record: MapRecord | null;
  votes: number;
};

export type SnapshotItem = RawSnapshotItem & {
  /**
   * The frame the item belongs to: the one it is attached to, else the smallest frame its centre
   * lies in (an item placed over a frame without being attached still counts as inside).
   */
  frameId: string | null;
};

export type BoardSnapshot = {
  /** In stacking order, later on top. */
  items: SnapshotItem[];
};

/** What a board reader returns: the snapshot, and a warning for each thing it had to leave out. */
export type SnapshotRead = {
  snapshot: BoardSnapshot;
  warnings: string[];
  /** Authors' names by the id items give as their author, where the board offers them. */
  authorNames?: Record<string, string>;
};
