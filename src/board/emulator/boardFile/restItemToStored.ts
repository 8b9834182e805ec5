import type { AppData, FontFamily } from '@mirohq/websdk-types';
import { parentRelative } from '../../position.ts';
import type { StoredCommon, StoredItem, StoredShape } from '../StoredItem.ts';
import { authorshipOf } from './authorshipOf.ts';
import type { RestFrame, RestSupportedItem } from '../../rest/boardFile.schema.ts';
import { itemHeight } from '../../rest/itemHeight.ts';

export type ItemContext = {
  /** The item's parent, when it has one. */
  frame: RestFrame | undefined;
  metadata: AppData;
  /** For a frame: its children, in board order. */
  childrenIds: string[];
  /** The ids among `ids` of tags the board has. */
  knownTagIds(ids: string[]): string[];
  /** `family`, or the font shown in its place when the SDK does not know it. */
  knownFont(family: string): FontFamily;
  /** `shape`, or the shape shown in its place when the SDK does not know it. */
  knownShape(shape: string): StoredShape['shape'];
};

/**
 * A REST item as the emulator stores it: style strings already parsed to numbers, a sticky note's
 * or text's missing height derived, a child given in board coordinates moved to its frame's.
 */
export function restItemToStored(item: RestSupportedItem, context: ItemContext): StoredItem {
  const common = commonOf(item, context.frame, context.metadata);
  const { width } = item.geometry;
  switch (item.type) {
    case 'frame':
      return {
        ...common,
        type: 'frame',
        title: item.data.title,
        width,
        height: item.geometry.height,
        style: { fillColor: item.style.fillColor },
        childrenIds: context.childrenIds,
      };
    case 'shape': {
      const { style } = item;
      return {
        ...common,
        type: 'shape',
        content: item.data.content,
        shape: context.knownShape(item.data.shape),
        width,
        height: item.geometry.height,
        style: {
          color: style.color,
          fillColor: style.fillColor,
          fillOpacity: style.fillOpacity,
          fontFamily: context.knownFont(style.fontFamily),
          fontSize: style.fontSize,
          textAlign: style.textAlign,
          textAlignVertical: style.textAlignVertical,
          borderStyle: style.borderStyle,
          borderOpacity: style.borderOpacity,
          borderColor: style.borderColor,
          borderWidth: style.borderWidth,
        },
      };
    }
    case 'text': {
      const { style } = item;
      const { content } = item.data;
      return {
        ...common,
        type: 'text',
        content,
        width,
        height: itemHeight(item),
        style: {
          color: style.color,
          fillColor: style.fillColor,
          fillOpacity: style.fillOpacity,
          fontFamily: context.knownFont(style.fontFamily),
          fontSize: style.fontSize,
          textAlign: style.textAlign,
        },
      };
    }
    case 'sticky_note': {
      const { shape } = item.data;
      return {
        ...common,
        type: 'sticky_note',
        content: item.data.content,
        shape,
        width,
        height: itemHeight(item),
        style: {
          fillColor: item.style.fillColor,
          textAlign: item.style.textAlign,
          textAlignVertical: item.style.textAlignVertical,
        },
        tagIds: context.knownTagIds(item.tagIds),
      };
    }
    case 'card':
      return {
        ...common,
        type: 'card',
        title: item.data.title,
        description: item.data.description,
        width,
        height: item.geometry.height,
        style: { cardTheme: item.style.cardTheme },
        tagIds: context.knownTagIds(item.tagIds),
      };
  }
}

/** A child given in board coordinates (`canvas_center`) is moved to its frame's coordinates. */
function commonOf(
  item: RestSupportedItem,
  frame: RestFrame | undefined,
  metadata: AppData,
): StoredCommon {
  const { relativeTo } = item.position;
  const { x, y } =
    frame && relativeTo === 'canvas_center'
      ? parentRelative(item.position, { ...frame.position, ...frame.geometry })
      : item.position;
  return {
    id: item.id,
    x,
    y,
    parentId: frame?.id ?? null,
    ...authorshipOf(item),
    metadata,
  };
}
