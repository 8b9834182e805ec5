import type { BoardRect } from '../../core/geometry/Rect.ts';
import type { RawSnapshotItem, SnapshotRead } from '../../core/snapshot/BoardSnapshot.ts';
import { buildSnapshot } from '../../core/snapshot/buildSnapshot.ts';
import { METADATA_KEY } from '../appKeys.ts';
import { recordOf } from '../recordOf.ts';
import { fillOf, noteColorOf, textOf, type ItemFields } from '../miroRules/readingRules.ts';
import { fromSdkGeometry } from '../position.ts';
import type { BoardFile, RestItem, RestTag } from './boardFile.schema.ts';
import { itemHeight } from './itemHeight.ts';

type Geometry = { x: number; y: number; width: number; height: number };

/**
 * The board file as readback sees it: absolute top-left rectangles, plain text, tag titles, and
 * the records the app keeps in item metadata (the `journeyMapper` key; a live board read over
 * REST has none, so readback infers its maps; board app data holds nothing readback needs).
 * Items whose place cannot be known — an unsupported item without position or size, a child of
 * a parent the file lacks — are left out.
 */
export function boardFileToSnapshot(file: BoardFile): SnapshotRead {
  const warnings: string[] = [];
  const geometryById = new Map<string, Geometry>();
  for (const item of file.items) {
    const geometry = ownGeometry(item);
    if (geometry) geometryById.set(item.id, geometry);
  }
  const tagTitles = new Map(file.tags.map((tag: RestTag) => [tag.id, tag.title]));
  const metadata = file.journeyMapper?.metadata ?? {};

  const items: RawSnapshotItem[] = [];
  for (const item of file.items) {
    const rect = rectOf(item, geometryById, warnings);
    if (!rect) continue;
    const tagIds = item.type === 'sticky_note' || item.type === 'card' ? item.tagIds : [];
    const fields = fieldsOf(item);
    items.push({
      id: item.id,
      kind: kindOf(item),
      rect,
      text: textOf(fields),
      color: noteColorOf(fields),
      fill: fillOf(fields),
      fontSize: item.type === 'shape' || item.type === 'text' ? item.style.fontSize : null,
      tags: tagIds.flatMap((id) => tagTitles.get(id) ?? []),
      author: item.type === 'unsupported' ? null : (item.createdBy?.id ?? null),
      createdAt: item.type === 'unsupported' ? null : (item.createdAt ?? null),
      modifiedAt: item.type === 'unsupported' ? null : (item.modifiedAt ?? null),
      parentId: item.parent?.id ?? null,
      record: recordOf(item.id, metadata[item.id]?.[METADATA_KEY], warnings),
      votes: 0,
    });
  }

  return { snapshot: buildSnapshot(items), warnings };
}

/** Where the item says it is: its centre, maybe relative to its parent, and its size. */
function ownGeometry(item: RestItem): Geometry | undefined {
  const { position, geometry } = item;
  if (!position || !geometry) return undefined;
  return { x: position.x, y: position.y, width: geometry.width, height: itemHeight(item) };
}

/** A child is measured from its parent's top-left unless it says `canvas_center`. */
function rectOf(
  item: RestItem,
  geometryById: ReadonlyMap<string, Geometry>,
  warnings: string[],
): BoardRect | undefined {
  const own = geometryById.get(item.id);
  if (!own) return undefined;
  const parentId = item.parent?.id;
  if (parentId === undefined || item.position?.relativeTo === 'canvas_center')
    return fromSdkGeometry(own);
  const parent = geometryById.get(parentId);
  if (!parent) {
    warnings.push(
      `Item ${item.id} is placed relative to item ${parentId}, which was not found; it is left out`,
    );
    return undefined;
  }
  return fromSdkGeometry(own, parent);
}

function kindOf(item: RestItem): RawSnapshotItem['kind'] {
  switch (item.type) {
    case 'sticky_note':
      return 'sticky';
    case 'frame':
    case 'card':
    case 'shape':
    case 'text':
      return item.type;
    case 'unsupported':
      return 'other';
  }
}

/** The fields the reading rules look at, named one by one: a spread copy of each item's data would cost more than the reading. */
function fieldsOf(item: RestItem): ItemFields {
  if (item.type === 'unsupported') return { type: item.restType };
  const data: { title?: string; description?: string; content?: string } = item.data;
  return {
    type: item.type,
    title: data.title,
    description: data.description,
    content: data.content,
    style: item.style,
  };
}
