import { z } from 'zod';
import { describeIssues } from '../../core/validation/describeIssues.ts';
import type { BoardFile, RestConnector, RestItem, RestTag } from './boardFile.schema.ts';
import {
  RestConnector as ConnectorSchema,
  RestId,
  RestItem as ItemSchema,
  RestTag as TagSchema,
} from './boardFile.schema.ts';
import { MiroRestClient, RestApiError, type MiroRestClientOptions } from './MiroRestClient.ts';

/** The most a list call of the REST API returns at once. */
const PAGE_LIMIT = 50;

const CursorPage = <T extends z.ZodType>(element: T) =>
  z.looseObject({ data: z.array(element), cursor: z.string().nullish() });
const OffsetPage = <T extends z.ZodType>(element: T) =>
  z.looseObject({ data: z.array(element), total: z.number().optional() });

const ItemsPage = CursorPage(ItemSchema);
const ConnectorsPage = CursorPage(ConnectorSchema);
const TagsPage = OffsetPage(TagSchema);
const TaggedItemsPage = OffsetPage(z.looseObject({ id: RestId }));

export type RestBoardReaderOptions = Omit<MiroRestClientOptions, 'boardId'>;

/**
 * Reads a live board over the Miro REST API v2 into the same `BoardFile` a dump gives, so the
 * same `boardFileToSnapshot` reads both: items and connectors page by page (cursor), tags, and
 * each tag's items (list items carry no tags). A live board has no `journeyMapper` key: an
 * app's board app data and item metadata cannot be read over REST, so readback infers every
 * map's grid from its labels. An item listed twice (the board changed while it was read) is
 * kept once, as last seen.
 */
export async function readRestBoard(
  boardId: string,
  options: RestBoardReaderOptions,
): Promise<BoardFile> {
  const client = new MiroRestClient({ ...options, boardId });
  const items = await readCursorPages(client, '/items', 'items', ItemsPage);
  const connectors = await readCursorPages(client, '/connectors', 'connectors', ConnectorsPage);
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
  return {
    items: lastById(items).map((item) => withTagIds(item, tagIdsByItem.get(item.id) ?? [])),
    connectors: lastById<RestConnector>(connectors),
    tags: lastById<RestTag>(tags),
  };
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

function lastById<T extends { id: string }>(records: readonly T[]): T[] {
  return [...new Map(records.map((record) => [record.id, record])).values()];
}

function withTagIds(item: RestItem, tagIds: string[]): RestItem {
  if (tagIds.length === 0 || (item.type !== 'sticky_note' && item.type !== 'card')) return item;
  return { ...item, tagIds };
}
