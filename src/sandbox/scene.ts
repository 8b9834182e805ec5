import { htmlToEditableText } from '../core/text/htmlToLines.ts';
import { fromSdkGeometry } from '../board/position.ts';
import type { Rect } from '../core/geometry/Rect.ts';
import type { BoardItem, StoredConnector, StoredTag } from './SandboxEmulator.ts';

export type SceneItem = { id: string; type: BoardItem['type']; item: BoardItem; rect: Rect };

/**
 * The board as it is drawn: frames first (behind everything), then the other items, each
 * group in creation order; rectangles are top-left based, in board units.
 */
export type Scene = {
  items: SceneItem[];
  byId: ReadonlyMap<string, SceneItem>;
  connectors: StoredConnector[];
  tags: ReadonlyMap<string, StoredTag>;
};

export const EMPTY_SCENE: Scene = { items: [], byId: new Map(), connectors: [], tags: new Map() };

export function itemRect(item: BoardItem): Rect {
  return fromSdkGeometry({
    x: item.boardX,
    y: item.boardY,
    width: item.width,
    height: item.height,
  });
}

export function buildScene(
  items: readonly BoardItem[],
  connectors: readonly StoredConnector[],
  tags: readonly StoredTag[],
): Scene {
  const sceneItems = items.map((item) => ({
    id: item.id,
    type: item.type,
    item,
    rect: itemRect(item),
  }));
  const ordered = [
    ...sceneItems.filter((entry) => entry.type === 'frame'),
    ...sceneItems.filter((entry) => entry.type !== 'frame'),
  ];
  return {
    items: ordered,
    byId: new Map(ordered.map((entry) => [entry.id, entry])),
    connectors: [...connectors],
    tags: new Map(tags.map((tag) => [tag.id, tag])),
  };
}

/**
 * What moving `ids` moves: a child whose frame is also among them goes with its frame and is
 * not moved on its own.
 */
export function movableIds(scene: Scene, ids: readonly string[]): string[] {
  const chosen = new Set(ids);
  return ids.filter((id) => {
    const parentId = scene.byId.get(id)?.item.parentId;
    return (
      scene.byId.has(id) && (parentId === null || parentId === undefined || !chosen.has(parentId))
    );
  });
}

/** Every item that moves with `ids` on the screen: the items and the children of frames. */
export function movingIds(scene: Scene, ids: readonly string[]): Set<string> {
  const moving = new Set(ids);
  for (const id of ids) {
    const entry = scene.byId.get(id);
    if (entry?.item.type === 'frame') for (const child of entry.item.childrenIds) moving.add(child);
  }
  return moving;
}

export function isTextEditable(type: BoardItem['type']): boolean {
  return type === 'sticky_note' || type === 'shape' || type === 'text' || type === 'card';
}

/** What a click votes on while a vote is open: the notes the app reads, stickies and cards. */
export function isVotable(type: BoardItem['type']): boolean {
  return type === 'sticky_note' || type === 'card';
}

/**
 * Whether a double-click on the item edits its text. An empty shape (a lane band, a grid line)
 * is background: a double-click there adds a sticky note instead, as on a template's cells.
 */
export function opensEditorOnDoubleClick(entry: SceneItem): boolean {
  if (!isTextEditable(entry.type)) return false;
  if (entry.item.type !== 'shape') return true;
  return htmlToEditableText(entry.item.content).trim() !== '';
}
