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
import { MiroRestClient, RestApiError, type MiroRestClientOptions } from './MiroRestClient.ts';
import { unknownValueWarnings } from './unknownValueWarnings.ts';

/** The most a list call of the REST API returns at once. */
const PAGE_LIMIT = 50;

const CursorPage = <T extends z.ZodType>(element: T) =>
  z.looseObject({ data: z.array(element), cursor: z.string().nullish() });
const OffsetPage = <T extends z.ZodType>(element: T) =>
  z.looseObject({ data: z.array(element), total: z.number().optional() });

/** Pages are checked as pages here; their records one by one (`readEach`). */
const RecordsPage = CursorPage(z.unknown());
const TagsPage = OffsetPage(TagSchema);
const TaggedItemsPage = OffsetPage(z.looseObject({ id: RestId }));

export type RestBoardReaderOptions = Omit<MiroRestClientOptions, 'boardId'>;

/**
 * Reads a live board over the Miro REST API v2 into the same `BoardFile` a dump gives, so the
 * same `boardFileToSnapshot` reads both: items and connectors page by page (cursor), tags, and
 * each tag's items (list items carry no tags). A live board has no `journeyMapper` key: an
 * app's board app data and item metadata cannot be read over REST, so readback infers every
 * map's grid from its labels. An item listed twice (the board changed while it was read) is
 * kept once, as last seen. Each value read as a default is a warning, and so is each item or
 * connector that cannot be read, which is left out.
 */
export async function readRestBoard(
  boardId: string,
  options: RestBoardReaderOptions,
): Promise<BoardFileRead> {
  const client = new MiroRestClient({ ...options, boardId });
  const unreadable: string[] = [];
  const itemReads = readEach(
    RestItemRead,
    await readCursorPages(client, '/items', 'items', RecordsPage),
    unreadable,
  );
  const connectorReads = readEach(
    RestConnectorRead,
    await readCursorPages(client, '/connectors', 'connectors', RecordsPage),
    unreadable,
  );
  const tags = await readOffsetPages(client, '/tags', {}, 'tags', TagsPage);
  const tagIdsByItem = new Map<string, string[]>();
  for (const tag of tags) {
    const tagged = await readOffsetPages(
      client,
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

async function readCursorPages<T>(
  client: MiroRestClient,
  path: string,
  what: string,
  schema: z.ZodType<{ data: T[]; cursor?: string | null | undefined }>,
): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  for (let page = 1; ; page++) {
    const query = { limit: PAGE_LIMIT, ...(cursor !== undefined && { cursor }) };
    const json = await client.getBoardJson(path, query);
    const { data, cursor: next } = checkedPage(schema, json, what, page);
    all.push(...data);
    if (!next || next === cursor) return all;
    cursor = next;
  }
}

async function readOffsetPages<T>(
  client: MiroRestClient,
  path: string,
  filter: Record<string, string>,
  what: string,
  schema: z.ZodType<{ data: T[]; total?: number | undefined }>,
): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; ; page++) {
    const offset = all.length;
    const json = await client.getBoardJson(path, { ...filter, limit: PAGE_LIMIT, offset });
    const { data, total } = checkedPage(schema, json, what, page);
    all.push(...data);
    if (data.length < PAGE_LIMIT || (total !== undefined && all.length >= total)) return all;
  }
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
