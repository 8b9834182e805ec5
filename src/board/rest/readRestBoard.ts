import { z } from 'zod';
import { describeIssues } from '../../core/validation/describeIssues.ts';
import { unreadableItemWarning } from '../miroRules/readingRules.ts';
import type { BoardFileRead, RestItem } from './boardFile.schema.ts';
import type { Read } from './lenientFields.ts';
import {
  RestConnectorRead,
  RestId,
  RestItemRead,
  RestTag as TagSchema,
} from './boardFile.schema.ts';
import { boardIdProblem } from './boardIdProblem.ts';
import { RestApiError } from '../http/RestApiError.ts';
import { MiroRestClient, type MiroRestClientOptions } from './MiroRestClient.ts';
import { unknownValueWarnings } from './unknownValueWarnings.ts';

/** The most a list call of the REST API returns at once. */
const PAGE_LIMIT = 50;
/** Pages a list may take beyond what its `total` needs, for items added while it is read. */
const PAGE_SLACK = 2;
/** Pages a list may take when it gives no `total`: 100,000 items. */
export const MAX_PAGES = 2_000;

/** `total` and `limit` as the first page gives them, to bound how many pages the list may take. */
const PageCount = { total: z.number().nullish(), limit: z.number().nullish() };
const CursorPage = <T extends z.ZodType>(element: T) =>
  z.looseObject({ data: z.array(element), cursor: z.string().nullish(), ...PageCount });
const OffsetPage = <T extends z.ZodType>(element: T) =>
  z.looseObject({ data: z.array(element), ...PageCount });
type PageCount = { total?: number | null | undefined; limit?: number | null | undefined };

/** Pages are checked as pages here; their records one by one (`readEach`). */
const RecordsPage = CursorPage(z.unknown());
const TagsPage = OffsetPage(TagSchema);
const TaggedItemsPage = OffsetPage(z.looseObject({ id: RestId }));

export type RestBoardReaderOptions = Omit<MiroRestClientOptions, 'boardId'> & {
  /** Pages one list may take when it gives no `total`; default `MAX_PAGES`. */
  maxPages?: number;
};

/**
 * Reads a live board over the Miro REST API v2 into the same `BoardFile` a dump gives, so the
 * same `boardFileToSnapshot` reads both: items and connectors page by page (cursor), tags, and
 * each tag's items (list items carry no tags). A live board has no `journeyMapper` key: an
 * app's board app data and item metadata cannot be read over REST, so readback infers every
 * map's grid from its labels. An item listed twice (the board changed while it was read) is
 * kept once, as last seen. Each value read as a default is a warning, and so is each item or
 * connector that cannot be read, which is left out. A list that does not end (a cursor seen
 * before, more pages than its `total` needs) is an error, as is an id that cannot be a board's,
 * before any request.
 */
export async function readRestBoard(
  boardId: string,
  options: RestBoardReaderOptions,
): Promise<BoardFileRead> {
  const problem = boardIdProblem(boardId);
  if (problem !== undefined)
    throw new RestApiError(
      'badBoardId',
      `${JSON.stringify(boardId)} is not a board id: ${problem}`,
    );
  const { maxPages = MAX_PAGES, ...clientOptions } = options;
  const client = new MiroRestClient({ ...clientOptions, boardId });
  const lists = { client, maxPages };
  const unreadable: string[] = [];
  const itemReads = readEach(
    RestItemRead,
    await readCursorPages(lists, '/items', 'items', RecordsPage),
    unreadable,
  );
  const connectorReads = readEach(
    RestConnectorRead,
    await readCursorPages(lists, '/connectors', 'connectors', RecordsPage),
    unreadable,
  );
  const tags = await readOffsetPages(lists, '/tags', {}, 'tags', TagsPage);
  const tagIdsByItem = new Map<string, string[]>();
  for (const tag of tags) {
    const tagged = await readOffsetPages(
      lists,
      '/items',
      { tag_id: tag.id },
      `items tagged ${tag.id}`,
      TaggedItemsPage,
    );
    for (const { id } of tagged) tagIdsByItem.set(id, [...(tagIdsByItem.get(id) ?? []), tag.id]);
  }
  const items = lastById(itemReads, (read) => read.value.id);
  const connectors = lastById(connectorReads, (read) => read.value.id);
  return {
    file: {
      items: items.map(({ value }) => withTagIds(value, tagIdsByItem.get(value.id) ?? [])),
      connectors: connectors.map(({ value }) => value),
      tags: lastById(tags, (tag) => tag.id),
    },
    warnings: [...unreadable, ...unknownValueWarnings(items, connectors)],
  };
}

/** The records `schema` reads; each other one is left out with a warning. */
function readEach<T>(
  schema: z.ZodType<Read<T>>,
  records: readonly unknown[],
  warnings: string[],
): Read<T>[] {
  return records.flatMap((record) => {
    const result = schema.safeParse(record);
    if (result.success) return [result.data];
    warnings.push(
      unreadableItemWarning(
        typeof record === 'object' && record !== null ? record : {},
        result.error,
      ),
    );
    return [];
  });
}

type Lists = { client: MiroRestClient; maxPages: number };

async function readCursorPages<T>(
  { client, maxPages }: Lists,
  path: string,
  what: string,
  schema: z.ZodType<{ data: T[]; cursor?: string | null | undefined } & PageCount>,
): Promise<T[]> {
  const all: T[] = [];
  const pageOfCursor = new Map<string, number>();
  let cursor: string | undefined;
  let budget = maxPages;
  for (let page = 1; ; page++) {
    const query = { limit: PAGE_LIMIT, ...(cursor !== undefined && { cursor }) };
    const json = await client.getBoardJson(path, query);
    const checked = checkedPage(schema, json, what, page);
    all.push(...checked.data);
    const next = checked.cursor;
    if (!next) return all;
    const seenAt = pageOfCursor.get(next);
    if (seenAt !== undefined)
      throw new RestApiError(
        'invalidResponse',
        `Miro's list of ${what} does not end: page ${page} leads back to page ${seenAt + 1} (a cursor it gave before); stopped`,
      );
    if (page === 1) budget = pageBudget(checked, maxPages);
    if (page >= budget) throw endlessList(what, page, checked, budget === maxPages);
    pageOfCursor.set(next, page);
    cursor = next;
  }
}

async function readOffsetPages<T>(
  { client, maxPages }: Lists,
  path: string,
  filter: Record<string, string>,
  what: string,
  schema: z.ZodType<{ data: T[] } & PageCount>,
): Promise<T[]> {
  const all: T[] = [];
  let budget = maxPages;
  for (let page = 1; ; page++) {
    const offset = all.length;
    const json = await client.getBoardJson(path, { ...filter, limit: PAGE_LIMIT, offset });
    const checked = checkedPage(schema, json, what, page);
    const { data, total } = checked;
    all.push(...data);
    if (data.length < PAGE_LIMIT || (typeof total === 'number' && all.length >= total)) return all;
    if (page === 1) budget = pageBudget(checked, maxPages);
    if (page >= budget) throw endlessList(what, page, checked, budget === maxPages);
  }
}

/** The pages a list of `total` records needs at the page size it gives, and `PAGE_SLACK` more. */
function pageBudget({ total, limit }: PageCount, maxPages: number): number {
  if (typeof total !== 'number' || !Number.isFinite(total)) return maxPages;
  const size = pageSize(limit);
  return Math.min(maxPages, Math.ceil(Math.max(0, total) / size) + PAGE_SLACK);
}

function pageSize(limit: PageCount['limit']): number {
  return typeof limit === 'number' && Number.isInteger(limit) && limit >= 1 && limit < PAGE_LIMIT
    ? limit
    : PAGE_LIMIT;
}

function endlessList(what: string, page: number, first: PageCount, atMax: boolean): RestApiError {
  const why =
    atMax || typeof first.total !== 'number'
      ? `the most this reads of one list`
      : `though it counts ${first.total} at ${pageSize(first.limit)} a page`;
  return new RestApiError(
    'invalidResponse',
    `Miro's list of ${what} goes on past page ${page}, ${why}; stopped`,
  );
}

function checkedPage<T>(schema: z.ZodType<T>, json: unknown, what: string, page: number): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  throw new RestApiError(
    'invalidResponse',
    `Miro's answer for ${what}, page ${page}, is not as expected: ${describeIssues(result.error)}`,
  );
}

function lastById<T>(records: readonly T[], idOf: (record: T) => string): T[] {
  return [...new Map(records.map((record) => [idOf(record), record])).values()];
}

function withTagIds(item: RestItem, tagIds: string[]): RestItem {
  if (tagIds.length === 0 || (item.type !== 'sticky_note' && item.type !== 'card')) return item;
  return { ...item, tagIds };
}
