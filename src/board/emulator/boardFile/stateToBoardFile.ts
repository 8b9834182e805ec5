import type { AppData } from '@mirohq/websdk-types';
import type { EmulatorState } from '../EmulatorState.ts';
import type { StoredCommon, StoredConnector, StoredItem, StoredTag } from '../StoredItem.ts';
import type { BoardFileJson, RestItemJson } from '../../rest/boardFile.schema.ts';

/**
 * The board as one REST page `{ data, connectors, tags, journeyMapper }`: what `GET /items`,
 * `/connectors` and `/tags` would return, plus our key for what REST cannot hold (app data, item
 * metadata, the viewport and the next id), so that reading it back gives the same state.
 * Item tags are written as `tagIds` on the item, which REST list items do not carry.
 * Exact for boards whose frames precede their children and whose `childrenIds` follow item order
 * (as `boardFileToState` builds them); any other board comes back in that order.
 */
export function stateToBoardFile(state: EmulatorState): BoardFileJson {
  const metadata: Record<string, AppData> = {};
  for (const record of [...state.items, ...state.connectors])
    if (Object.keys(record.metadata).length > 0) metadata[record.id] = record.metadata;
  return {
    data: state.items.map(restItem),
    connectors: state.connectors.map(restConnector),
    tags: state.tags.map(restTag),
    journeyMapper: {
      mapRecords: 'itemMetadata',
      appData: state.appData,
      metadata,
      viewport: state.viewport,
      nextId: state.nextId,
    },
  };
}

function envelope(item: StoredItem) {
  return {
    id: item.id,
    position: {
      x: item.x,
      y: item.y,
      origin: 'center' as const,
      relativeTo:
        item.parentId === null ? ('canvas_center' as const) : ('parent_top_left' as const),
    },
    geometry: { width: item.width, height: item.height },
    ...(item.parentId !== null && { parent: { id: item.parentId } }),
    ...authorship(item),
  };
}

function authorship(record: StoredCommon | StoredConnector) {
  return {
    createdAt: record.createdAt,
    createdBy: { id: record.createdBy, type: 'user' },
    modifiedAt: record.modifiedAt,
    modifiedBy: { id: record.modifiedBy, type: 'user' },
  };
}

function restItem(item: StoredItem): RestItemJson {
  switch (item.type) {
    case 'frame':
      return {
        ...envelope(item),
        type: 'frame',
        data: { title: item.title, format: 'custom', type: 'freeform', showContent: true },
        style: { fillColor: item.style.fillColor },
      };
    case 'shape': {
      const { style } = item;
      return {
        ...envelope(item),
        type: 'shape',
        data: { content: item.content, shape: item.shape },
        style: {
          fillColor: style.fillColor,
          fillOpacity: String(style.fillOpacity),
          fontFamily: style.fontFamily,
          fontSize: String(style.fontSize),
          borderColor: style.borderColor,
          borderWidth: String(style.borderWidth),
          borderOpacity: String(style.borderOpacity),
          borderStyle: style.borderStyle,
          color: style.color,
          textAlign: style.textAlign,
          textAlignVertical: style.textAlignVertical,
        },
      };
    }
    case 'text': {
      const { style } = item;
      return {
        ...envelope(item),
        type: 'text',
        data: { content: item.content },
        style: {
          color: style.color,
          fillColor: style.fillColor,
          fillOpacity: String(style.fillOpacity),
          fontFamily: style.fontFamily,
          fontSize: String(style.fontSize),
          textAlign: style.textAlign,
        },
      };
    }
    case 'sticky_note':
      return {
        ...envelope(item),
        type: 'sticky_note',
        data: { content: item.content, shape: item.shape },
        style: {
          fillColor: item.style.fillColor,
          textAlign: item.style.textAlign,
          textAlignVertical: item.style.textAlignVertical,
        },
        ...(item.tagIds.length > 0 && { tagIds: item.tagIds }),
      };
    case 'card':
      return {
        ...envelope(item),
        type: 'card',
        data: { title: item.title, description: item.description },
        style: { cardTheme: item.style.cardTheme },
        ...(item.tagIds.length > 0 && { tagIds: item.tagIds }),
      };
  }
}

function restConnector(connector: StoredConnector): BoardFileJson['connectors'][number] {
  return {
    id: connector.id,
    type: 'connector',
    ...(connector.start && { startItem: { id: connector.start.item } }),
    ...(connector.end && { endItem: { id: connector.end.item } }),
    shape: connector.shape,
    style: {
      strokeColor: connector.style.strokeColor,
      strokeWidth: String(connector.style.strokeWidth),
      strokeStyle: connector.style.strokeStyle,
      startStrokeCap: connector.style.startStrokeCap,
      endStrokeCap: connector.style.endStrokeCap,
    },
    captions: connector.captions.map((caption) => ({ content: caption.content })),
    ...authorship(connector),
  };
}

function restTag(tag: StoredTag): BoardFileJson['tags'][number] {
  return { id: tag.id, type: 'tag', title: tag.title, fillColor: tag.color };
}
