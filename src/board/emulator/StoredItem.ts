import type { AppData, ShapeStyle, StickyNoteStyle, TextStyle } from '@mirohq/websdk-types';
import type { StrokeCap } from '../miroRules/sdkEnums.ts';

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

export type StoredCard = StoredCommon & {
  type: 'card';
  title: string;
  description: string;
  width: number;
  height: number;
  style: { cardTheme: string };
  tagIds: string[];
};

export type StoredItem = StoredFrame | StoredShape | StoredText | StoredStickyNote | StoredCard;

/** Connectors have no position of their own: they run between two items. */
export type StoredConnector = {
  id: string;
  type: 'connector';
  start: { item: string } | null;
  end: { item: string } | null;
  shape: 'straight' | 'elbowed' | 'curved';
  style: {
    strokeColor: string;
    strokeWidth: number;
    strokeStyle: 'normal' | 'dashed' | 'dotted';
    startStrokeCap: StrokeCap;
    endStrokeCap: StrokeCap;
  };
  captions: { content: string }[];
  createdAt: string;
  createdBy: string;
  modifiedAt: string;
  modifiedBy: string;
  metadata: AppData;
};

export type StoredTag = { id: string; type: 'tag'; title: string; color: string };
export type ItemType = StoredItem['type'];
