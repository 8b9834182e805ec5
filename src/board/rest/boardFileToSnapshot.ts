import type { BoardSnapshot, RawSnapshotItem } from '../../core/snapshot/BoardSnapshot.ts';
import { buildSnapshot } from '../../core/snapshot/buildSnapshot.ts';
import { StoredMapRecord, type MapRecord } from '../../core/model/mapRecord.schema.ts';
import type { Rect } from '../../core/geometry/Rect.ts';
import { htmlToText } from '../../core/text/htmlToText.ts';
import { describeIssues } from '../../core/validation/describeIssues.ts';
import { STICKY_NOTE_SIZE } from '../miroRules/limits.ts';
import { estimateTextHeight } from '../miroRules/textHeight.ts';
import { hexColor } from '../miro/hexColor.ts';
import { METADATA_KEY } from '../miro/keys.ts';
import { fromSdkGeometry } from '../position.ts';
import type { BoardFile, RestItem, RestTag } from './boardFile.schema.ts';

type Geometry = { x: number; y: number; width: number; height: number };

export type SnapshotFromFile = { snapshot: BoardSnapshot; warnings: string[] };

/**
 * The board file as readback sees it: absolute top-left rectangles, plain text, tag titles, and
 * the records the app keeps in item metadata (the `journeyMapper` key; a live board read over
 * REST has none, so readback infers its maps; board app data holds nothing readback needs).
 * Items whose place cannot be known — an unsupported item without position or size, a child of
 * a parent the file lacks — are left out.
 */
export function boardFileToSnapshot(file: BoardFile): SnapshotFromFile {
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
    items.push({
      id: item.id,
      kind: kindOf(item),
      rect,
      text: textOf(item),
      color: item.type === 'sticky_note' ? item.style.fillColor : null,
      fill: fillOf(item),
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
  return { x: position.x, y: position.y, width: geometry.width, height: heightOf(item) };
}

function heightOf(item: RestItem): number {
  switch (item.type) {
    case 'sticky_note': {
      const base = STICKY_NOTE_SIZE[item.data.shape];
      return item.geometry.height ?? (item.geometry.width * base.height) / base.width;
    }
    case 'text':
      return (
        item.geometry.height ??
        estimateTextHeight(item.data.content, item.geometry.width, item.style.fontSize)
      );
    default:
      return item.geometry?.height ?? 0;
  }
}

/** A child is measured from its parent's top-left unless it says `canvas_center`. */
function rectOf(
  item: RestItem,
  geometryById: ReadonlyMap<string, Geometry>,
  warnings: string[],
): Rect | undefined {
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

function textOf(item: RestItem): string {
  switch (item.type) {
    case 'sticky_note':
    case 'shape':
    case 'text':
      return htmlToText(item.data.content);
    case 'frame':
      return htmlToText(item.data.title);
    case 'card':
      return [htmlToText(item.data.title), htmlToText(item.data.description)]
        .filter((part) => part !== '')
        .join('\n');
    case 'unsupported':
      return '';
  }
}

function fillOf(item: RestItem): string | null {
  switch (item.type) {
    case 'shape':
    case 'text':
      return hexColor(item.style.fillColor);
    case 'card':
      return hexColor(item.style.cardTheme);
    default:
      return null;
  }
}

function recordOf(itemId: string, value: unknown, warnings: string[]): MapRecord | null {
  if (value === undefined) return null;
  const result = StoredMapRecord.safeParse(value);
  if (result.success) return result.data;
  warnings.push(
    `The app's record on item ${itemId} is not valid (${describeIssues(result.error)}); it is ignored`,
  );
  return null;
}
