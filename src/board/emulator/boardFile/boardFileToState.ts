import type { AppData, Rect as SdkRect } from '@mirohq/websdk-types';
import { FIRST_ID } from '../BoardRecords.ts';
import type { EmulatorState } from '../EmulatorState.ts';
import { fitViewport } from '../fitViewport.ts';
import { DEFAULT_TAG_COLOR } from '../../miroRules/limits.ts';
import { FONT_FAMILIES, SHAPE_TYPES, TAG_COLORS } from '../../miroRules/sdkEnums.ts';
import type { StoredConnector, StoredItem, StoredTag } from '../StoredItem.ts';
import { withoutLegacyStructures } from '../../appKeys.ts';
import { boardCenter } from '../../position.ts';
import { authorshipOf } from './authorshipOf.ts';
import type {
  BoardFile,
  RestConnector,
  RestItem,
  RestSupportedItem,
} from '../../rest/boardFile.schema.ts';
import { restItemToStored } from './restItemToStored.ts';

/** Top-left based; what an empty board shows. */
export const DEFAULT_VIEWPORT: SdkRect = { x: -960, y: -540, width: 1920, height: 1080 };

/**
 * The emulator board a board file describes. Positions are kept as the file gives them (centres;
 * a child's from its frame's top-left). Items come in file order, except that a frame comes before
 * its children. What the emulator cannot hold is left out, and each kind of loss is one warning.
 */
export function boardFileToState(file: BoardFile): { state: EmulatorState; warnings: string[] } {
  const warnings: string[] = [];
  const unsupported = file.items.filter((item) => !isSupported(item));
  if (unsupported.length > 0)
    warnings.push(
      `Left out ${plural(unsupported.length, 'item')} of types the board cannot show: ` +
        countByType(unsupported.map((item) => item.restType)),
    );

  const supported = file.items.filter(isSupported);
  const frames = new Map(
    supported.flatMap((item) => (item.type === 'frame' ? [[item.id, item] as const] : [])),
  );
  const kept = supported.filter((item) => !item.parent || frames.has(item.parent.id));
  if (kept.length < supported.length)
    warnings.push(
      `Left out ${plural(supported.length - kept.length, 'item')} inside items the board cannot show`,
    );

  const ordered = parentsFirst(kept);
  const childrenIds = new Map<string, string[]>();
  for (const item of ordered)
    if (item.parent)
      childrenIds.set(item.parent.id, [...(childrenIds.get(item.parent.id) ?? []), item.id]);

  const tagIds = new Set(file.tags.map((tag) => tag.id));
  const losses = { unknownTags: 0, rotated: 0 };
  const fonts = knownOr(FONT_FAMILIES, 'arial');
  const shapes = knownOr(SHAPE_TYPES, 'rectangle');
  const tagColors = knownOr(TAG_COLORS, DEFAULT_TAG_COLOR);
  const metadata = file.journeyMapper?.metadata ?? {};
  const items = ordered.map((item) => {
    if ((item.geometry.rotation ?? 0) !== 0) losses.rotated += 1;
    return restItemToStored(item, {
      frame: item.parent ? frames.get(item.parent.id) : undefined,
      metadata: metadata[item.id] ?? {},
      childrenIds: childrenIds.get(item.id) ?? [],
      knownTagIds: (ids) => {
        const known = ids.filter((id) => tagIds.has(id));
        losses.unknownTags += ids.length - known.length;
        return known;
      },
      knownFont: fonts.known,
      knownShape: shapes.known,
    });
  });
  if (losses.rotated > 0)
    warnings.push(`${plural(losses.rotated, 'item')} shown unrotated: the board has no rotation`);
  if (fonts.lost.size > 0)
    warnings.push(`Fonts the board does not know shown as arial: ${[...fonts.lost].join(', ')}`);
  if (shapes.lost.size > 0)
    warnings.push(
      `Shapes the board does not know shown as rectangles: ${[...shapes.lost].join(', ')}`,
    );
  if (losses.unknownTags > 0)
    warnings.push(
      `Left out ${plural(losses.unknownTags, 'tag reference')} to tags not in the file`,
    );

  const itemIds = new Set(items.map((item) => item.id));
  const joined = file.connectors.filter((connector) =>
    [connector.startItem, connector.endItem].every((end) => !end || itemIds.has(end.id)),
  );
  if (joined.length < file.connectors.length)
    warnings.push(
      `Left out ${plural(file.connectors.length - joined.length, 'connector')} to items not on the board`,
    );

  const tags = file.tags.map((tag): StoredTag => ({
    id: tag.id,
    type: 'tag',
    title: tag.title,
    color: tagColors.known(tag.fillColor),
  }));
  if (tagColors.lost.size > 0)
    warnings.push(
      `Tag colours the board does not know shown as ${DEFAULT_TAG_COLOR}: ${[...tagColors.lost].join(', ')}`,
    );

  const state: EmulatorState = {
    version: 1,
    items,
    connectors: joined.map((connector) => storedConnector(connector, metadata[connector.id] ?? {})),
    tags,
    appData: currentAppData(file, warnings),
    nextId: nextIdOf(file),
    viewport: file.journeyMapper?.viewport ?? viewportOf(items),
  };
  return { state, warnings };
}

/**
 * The file's app data, without the per-map structures of files saved before maps kept them on
 * their own items: Miro allows 512 bytes of app data a board, and those maps read from the tags
 * on their headers.
 */
function currentAppData(file: BoardFile, warnings: string[]): AppData {
  const appData = file.journeyMapper?.appData ?? {};
  if (file.journeyMapper?.mapRecords === 'itemMetadata') return appData;
  const { appData: kept, dropped } = withoutLegacyStructures(appData);
  if (dropped > 0)
    warnings.push(
      `The file was saved by an earlier Journey Mapper: its maps are read from the tags on their ` +
        `headers, and the map structures it kept in app data (${dropped}) are set aside`,
    );
  return kept;
}

function storedConnector(connector: RestConnector, metadata: AppData): StoredConnector {
  return {
    id: connector.id,
    type: 'connector',
    start: connector.startItem ? { item: connector.startItem.id } : null,
    end: connector.endItem ? { item: connector.endItem.id } : null,
    shape: connector.shape,
    style: {
      strokeColor: connector.style.strokeColor,
      strokeWidth: connector.style.strokeWidth,
      strokeStyle: connector.style.strokeStyle,
      startStrokeCap: connector.style.startStrokeCap,
      endStrokeCap: connector.style.endStrokeCap,
    },
    captions: connector.captions.map((caption) => ({ content: caption.content })),
    ...authorshipOf(connector),
    metadata,
  };
}

/** File order, except that a child listed before its frame moves to just after it. */
function parentsFirst(items: readonly RestSupportedItem[]): RestSupportedItem[] {
  const ordered: RestSupportedItem[] = [];
  const placed = new Set<string>();
  const waiting = new Map<string, RestSupportedItem[]>();
  const place = (item: RestSupportedItem) => {
    ordered.push(item);
    placed.add(item.id);
    for (const child of waiting.get(item.id) ?? []) place(child);
    waiting.delete(item.id);
  };
  for (const item of items) {
    if (item.parent && !placed.has(item.parent.id))
      waiting.set(item.parent.id, [...(waiting.get(item.parent.id) ?? []), item]);
    else place(item);
  }
  return ordered;
}

/** One past the largest id in the file, or the id the file carries if that is larger. */
function nextIdOf(file: BoardFile): string {
  const ids = [...file.items, ...file.connectors, ...file.tags].map((record) => BigInt(record.id));
  const carried = file.journeyMapper?.nextId;
  if (carried !== undefined) ids.push(BigInt(carried) - 1n);
  if (ids.length === 0) return FIRST_ID;
  return String(ids.reduce((max, id) => (id > max ? id : max)) + 1n);
}

function viewportOf(items: readonly StoredItem[]): SdkRect {
  if (items.length === 0) return DEFAULT_VIEWPORT;
  const frames = new Map(items.map((item) => [item.id, item]));
  const rects = items.map((item) => {
    const frame = item.parentId === null ? undefined : frames.get(item.parentId);
    return { ...boardCenter(item, frame ?? null), width: item.width, height: item.height };
  });
  return fitViewport(rects, DEFAULT_VIEWPORT);
}

/** Checks values against the board's `values`, taking `fallback` for the others, which it keeps. */
function knownOr<const T extends string>(values: readonly T[], fallback: NoInfer<T>) {
  const lost = new Set<string>();
  const known = (value: string): T => {
    const found = values.find((candidate) => candidate === value);
    if (found !== undefined) return found;
    lost.add(value);
    return fallback;
  };
  return { known, lost };
}

function isSupported(item: RestItem): item is RestSupportedItem {
  return item.type !== 'unsupported';
}

function countByType(types: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  return [...counts].map(([type, count]) => `${count} ${type}`).join(', ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
