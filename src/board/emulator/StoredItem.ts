import type { AppData, ShapeStyle, StickyNoteStyle, TextStyle } from '@mirohq/websdk-types';

/**
 * An item as the emulated board holds it. `x`/`y` are the centre: on the board for a top-level
 * item, from the parent frame's top-left corner for a child. `metadata` is this app's only.
 */
export type StoredCommon = {
  id: string;
  x: number;
  y: number;
  parentId: string | null;
  createdAt: string;
  createdBy: string;
  modifiedAt: string;
  modifiedBy: string;
  metadata: AppData;
};

export type StoredFrame = StoredCommon & {
  type: 'frame';
  title: string;
  width: number;
  height: number;
  style: { fillColor: string };
  childrenIds: string[];
};

export type StoredShape = StoredCommon & {
  type: 'shape';
  content: string;
  shape: string;
  width: number;
  height: number;
  style: ShapeStyle;
};

export type StoredText = StoredCommon & {
  type: 'text';
  content: string;
  width: number;
  height: number;
  style: TextStyle;
};

export type StoredStickyNote = StoredCommon & {
  type: 'sticky_note';
  content: string;
  shape: 'square' | 'rectangle';
  width: number;
  height: number;
  style: StickyNoteStyle;
  tagIds: string[];
};

export type StoredItem = StoredFrame | StoredShape | StoredText | StoredStickyNote;
export type ItemType = StoredItem['type'];
