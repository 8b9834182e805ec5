import type { BoardRect } from '../../core/geometry/Rect.ts';
import type { MapRecord } from '../../core/model/mapRecord.schema.ts';
import { mayHoldRecord } from '../../core/readback/recordHolders.ts';
import type {
  RawSnapshotItem,
  SnapshotItem,
  SnapshotRead,
} from '../../core/snapshot/BoardSnapshot.ts';
import { buildSnapshot } from '../../core/snapshot/buildSnapshot.ts';
import { METADATA_KEY } from '../appKeys.ts';
import { recordOf } from '../recordOf.ts';
import { fillOf, noteColorOf, textOf, unreadableItemWarning } from '../miroRules/readingRules.ts';
import { isRateLimitError } from '../retry.ts';
import { absoluteRects } from './absoluteRects.ts';
import type { RecordCache } from './RecordCache.ts';
import type { MiroSdk, SdkBoardObject } from './sdk.ts';
import { SdkReadItem, SdkReadTag, SdkVotingResults } from './sdkItemSchemas.ts';

/** The item types readback looks at; everything else on the board is left unread. */
export const SNAPSHOT_ITEM_TYPES = ['frame', 'sticky_note', 'card', 'shape', 'text'];

/** Runs one SDK call (the adapter retries it when rate-limited). */
export type SdkCall = <T>(fn: () => Promise<T>) => Promise<T>;

/**
 * The board as readback needs it, in two concurrent waves whatever its size: the items and the
 * voting results; then the tag titles (only when an item carries a tag) and the records of the
 * items that may hold one (`mayHoldRecord`: the shapes and texts of frames, never a note), one
 * metadata read each, skipping those `records` already knows. Items keep the order `board.get`
 * returns them in. An item this app cannot read, and a record that is not valid, are left out
 * with a warning.
 */
export async function readBoardSnapshot(
  sdk: MiroSdk,
  call: SdkCall,
  records: RecordCache,
): Promise<SnapshotRead> {
  const { board } = sdk;
  const warnings: string[] = [];
  const [objects, votes, authorNames] = await Promise.all([
    call(() => board.get({ type: SNAPSHOT_ITEM_TYPES })),
    latestVotes(sdk, call),
    namesOfUsers(sdk, call),
  ]);
  const items = objects.flatMap((object) => parseItem(object, warnings));
  const rects = absoluteRects(items);
  const raw = items.flatMap((item): RawSnapshotItem[] => {
    const rect = rects.get(item.id);
    return rect ? [{ ...toRawItem(item, rect), votes: votes.get(item.id) ?? 0 }] : [];
  });
  const placed = buildSnapshot(raw);
  const tagged = items.some((item) => 'tagIds' in item && (item.tagIds?.length ?? 0) > 0);
  const objectsById = new Map(objects.map((object) => [object.id, object]));
  const itemsById = new Map(items.map((item) => [item.id, item]));
  const [tagTitles, recordsById] = await Promise.all([
    tagged ? call(() => board.get({ type: ['tag'] })).then(tagTitlesOf) : new Map<string, string>(),
    readRecords(
      placed.items.filter(mayHoldRecord).flatMap((item) => {
        const object = objectsById.get(item.id);
        const read = itemsById.get(item.id);
        return object && read ? [{ object, createdAt: read.createdAt }] : [];
      }),
      call,
      records,
      warnings,
    ),
  ]);
  const snapshot = {
    items: placed.items.map((item): SnapshotItem => ({
      ...item,
      tags: tagsOf(itemsById.get(item.id), tagTitles),
      record: recordsById.get(item.id) ?? null,
    })),
  };
  return { snapshot, warnings, authorNames };
}

/**
 * Names by user id, of the current user and of everyone online: the SDK names no other user,
 * so an author who is neither stays an id. Names are a nicety: a failed call leaves them out.
 */
async function namesOfUsers(sdk: MiroSdk, call: SdkCall): Promise<Record<string, string>> {
  const [me, online] = await Promise.all([
    call(() => sdk.board.getUserInfo()).then(
      (user) => [user],
      () => [],
    ),
    call(() => sdk.board.getOnlineUsers()).catch(() => []),
  ]);
  const names: Record<string, string> = {};
  for (const { id, name } of [...online, ...me]) if (name.trim() !== '') names[id] = name.trim();
  return names;
}

type RecordHolder = { object: SdkBoardObject; createdAt: string | undefined };

/**
 * The records on these items, in one wave of metadata reads (none for items `cache` knows). An
 * item that cannot be read (deleted since it was listed, say) has none; a rate limit is retried
 * by `call` and, past that, fails the read. A record that is not valid is not remembered, so
 * that each read warns of it.
 */
async function readRecords(
  holders: readonly RecordHolder[],
  call: SdkCall,
  cache: RecordCache,
  warnings: string[],
): Promise<Map<string, MapRecord>> {
  const found = new Map<string, MapRecord>();
  await Promise.all(
    holders.map(async ({ object, createdAt }) => {
      const known = cache.get(object.id);
      if (known !== undefined) {
        if (known) found.set(object.id, known);
        return;
      }
      const read = object.getMetadata;
      if (typeof read !== 'function') return;
      let value: unknown;
      try {
        value = await call(() => read.call(object, METADATA_KEY));
      } catch (error) {
        if (isRateLimitError(error)) throw error;
        return;
      }
      const record = recordOf(object.id, value, warnings);
      if (record || value === undefined) cache.remember({ id: object.id, createdAt }, record);
      if (record) found.set(object.id, record);
    }),
  );
  return found;
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

function parseItem(object: SdkBoardObject, warnings: string[]): SdkReadItem[] {
  const result = SdkReadItem.safeParse(object);
  if (result.success) return [result.data];
  warnings.push(unreadableItemWarning(object, result.error));
  return [];
}

function tagTitlesOf(objects: readonly SdkBoardObject[]): Map<string, string> {
  return new Map(
    objects.flatMap((object) => {
      const result = SdkReadTag.safeParse(object);
      return result.success ? [[result.data.id, result.data.title] as const] : [];
    }),
  );
}

function tagsOf(item: SdkReadItem | undefined, tagTitles: ReadonlyMap<string, string>): string[] {
  const tagIds = item && 'tagIds' in item ? (item.tagIds ?? []) : [];
  return tagIds.flatMap((id) => tagTitles.get(id) ?? []);
}

/** Tags and the record are filled in once they are read. */
function toRawItem(item: SdkReadItem, rect: BoardRect): RawSnapshotItem {
  return {
    id: item.id,
    kind: item.type === 'sticky_note' ? 'sticky' : item.type,
    rect,
    text: textOf(item),
    color: noteColorOf(item),
    fill: fillOf(item),
    fontSize: item.type === 'shape' || item.type === 'text' ? (item.style?.fontSize ?? null) : null,
    tags: [],
    author: item.createdBy ?? null,
    createdAt: item.createdAt ?? null,
    modifiedAt: item.modifiedAt ?? null,
    parentId: item.parentId ?? null,
    record: null,
    votes: 0,
  };
}
