import type { Rect } from '../../core/geometry/Rect.ts';
import { MapStructure } from '../../core/model/mapStructure.schema.ts';
import { NoteColor } from '../../core/model/noteColor.ts';
import type { BoardSnapshot, RawSnapshotItem } from '../../core/snapshot/BoardSnapshot.ts';
import { buildSnapshot } from '../../core/snapshot/buildSnapshot.ts';
import { htmlToText } from '../../core/text/htmlToText.ts';
import { describeIssues } from '../../core/validation/describeIssues.ts';
import { BoardError } from '../port.ts';
import { fromSdkGeometry } from '../position.ts';
import { isRateLimitError } from '../retry.ts';
import { hexColor } from './hexColor.ts';
import { frameIdOfAppDataKey } from './keys.ts';
import type { MiroSdk, SdkBoardObject } from './sdk.ts';
import { SdkAppData, SdkReadItem, SdkReadTag, SdkVotingResults } from './sdkItemSchemas.ts';

/** The item types readback looks at; everything else on the board is left unread. */
export const SNAPSHOT_ITEM_TYPES = ['frame', 'sticky_note', 'card', 'shape', 'text'];

/** Runs one SDK call (the adapter retries it when rate-limited). */
export type SdkCall = <T>(fn: () => Promise<T>) => Promise<T>;

/**
 * The board as readback needs it, in three or four SDK calls whatever its size: the items, this
 * app's data (the recorded structures), the voting results, and the tags only when an item
 * carries one. No item is
 * read on its own, so header tags in item metadata stay unknown: a recorded structure comes from
 * app data, any other grid is inferred. Items keep the order `board.get` returns them in.
 */
export async function readBoardSnapshot(sdk: MiroSdk, call: SdkCall): Promise<BoardSnapshot> {
  const { board } = sdk;
  const [objects, appData, votes] = await Promise.all([
    call(() => board.get({ type: SNAPSHOT_ITEM_TYPES })),
    call(() => board.getAppData()),
    latestVotes(sdk, call),
  ]);
  const items = objects.map(parseItem);
  const tagged = items.some((item) => 'tagIds' in item && (item.tagIds?.length ?? 0) > 0);
  const tagTitles = tagged
    ? tagTitlesOf(await call(() => board.get({ type: ['tag'] })))
    : new Map<string, string>();
  const rects = absoluteRects(items);
  const raw = items.flatMap((item): RawSnapshotItem[] => {
    const rect = rects.get(item.id);
    return rect ? [{ ...toRawItem(item, rect, tagTitles), votes: votes.get(item.id) ?? 0 }] : [];
  });
  const frameIds = new Set(items.filter((item) => item.type === 'frame').map((item) => item.id));
  return buildSnapshot(raw, structuresOf(appData, frameIds));
}

/**
 * Votes per item in the board's latest voting session. Voting results are experimental in Miro:
 * where the call is not offered or fails for another reason than a rate limit, there are none.
 */
async function latestVotes(sdk: MiroSdk, call: SdkCall): Promise<Map<string, number>> {
  let sessions: unknown;
  try {
    sessions = await call(() => sdk.board.experimental.getVotingResults());
  } catch (error) {
    if (isRateLimitError(error)) throw error;
    return new Map();
  }
  const parsed = SdkVotingResults.safeParse(sessions);
  if (!parsed.success || parsed.data.length === 0) return new Map();
  const latest = parsed.data.reduce((a, b) => (b.createdAt > a.createdAt ? b : a));
  const votes = new Map<string, number>();
  for (const { itemId, count } of latest.results)
    votes.set(itemId, (votes.get(itemId) ?? 0) + count);
  return votes;
}

function parseItem(object: SdkBoardObject): SdkReadItem {
  const result = SdkReadItem.safeParse(object);
  if (result.success) return result.data;
  throw new BoardError(
    'failed',
    `Miro returned a ${object.type} (item ${object.id}) this app cannot read: ${describeIssues(result.error)}.`,
  );
}

function tagTitlesOf(objects: readonly SdkBoardObject[]): Map<string, string> {
  return new Map(
    objects.flatMap((object) => {
      const result = SdkReadTag.safeParse(object);
      return result.success ? [[result.data.id, result.data.title] as const] : [];
    }),
  );
}

/**
 * Every item's rectangle on the board. A child is placed from its parent frame's top-left
 * corner; one whose parent was not read (not a frame) cannot be placed and is left out.
 */
function absoluteRects(items: readonly SdkReadItem[]): Map<string, Rect> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const rects = new Map<string, Rect>();
  const visiting = new Set<string>();
  const rectOf = (item: SdkReadItem): Rect | undefined => {
    const known = rects.get(item.id);
    if (known) return known;
    const parent = item.parentId ? byId.get(item.parentId) : undefined;
    if (item.parentId && (!parent || parent.type !== 'frame' || visiting.has(item.id)))
      return undefined;
    visiting.add(item.id);
    const parentRect = parent ? rectOf(parent) : undefined;
    visiting.delete(item.id);
    if (parent && !parentRect) return undefined;
    const rect = fromSdkGeometry(item, parentRect ? centreGeometry(parentRect) : null);
    rects.set(item.id, rect);
    return rect;
  };
  for (const item of items) rectOf(item);
  return rects;
}

function centreGeometry(rect: Rect) {
  return { ...rect, x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

function toRawItem(
  item: SdkReadItem,
  rect: Rect,
  tagTitles: ReadonlyMap<string, string>,
): RawSnapshotItem {
  const tagIds = 'tagIds' in item ? (item.tagIds ?? []) : [];
  return {
    id: item.id,
    kind: item.type === 'sticky_note' ? 'sticky' : item.type,
    rect,
    text: textOf(item),
    color: item.type === 'sticky_note' ? noteColorOf(item.style?.fillColor) : null,
    fill: fillOf(item),
    fontSize: item.type === 'shape' || item.type === 'text' ? (item.style?.fontSize ?? null) : null,
    tags: tagIds.flatMap((id) => tagTitles.get(id) ?? []),
    author: item.createdBy ?? null,
    createdAt: item.createdAt ?? null,
    modifiedAt: item.modifiedAt ?? null,
    parentId: item.parentId ?? null,
    tag: null,
    votes: 0,
  };
}

function textOf(item: SdkReadItem): string {
  switch (item.type) {
    case 'frame':
      return htmlToText(item.title);
    case 'card':
      return [htmlToText(item.title), htmlToText(item.description ?? '')]
        .filter((part) => part !== '')
        .join('\n');
    default:
      return htmlToText(item.content);
  }
}

function noteColorOf(fillColor: string | undefined): NoteColor | null {
  const result = NoteColor.safeParse(fillColor);
  return result.success ? result.data : null;
}

function fillOf(item: SdkReadItem): string | null {
  switch (item.type) {
    case 'shape':
    case 'text':
      return hexColor(item.style?.fillColor);
    case 'card':
      return hexColor(item.style?.cardTheme);
    default:
      return null;
  }
}

/** The valid structures recorded for frames on the board; anything else in app data is ignored. */
function structuresOf(
  appData: unknown,
  frameIds: ReadonlySet<string>,
): Record<string, MapStructure> {
  const parsed = SdkAppData.safeParse(appData ?? {});
  if (!parsed.success) return {};
  const structures: Record<string, MapStructure> = {};
  for (const [key, value] of Object.entries(parsed.data)) {
    const frameId = frameIdOfAppDataKey(key);
    if (frameId === null || !frameIds.has(frameId)) continue;
    const structure = MapStructure.safeParse(value);
    if (structure.success) structures[frameId] = structure.data;
  }
  return structures;
}
