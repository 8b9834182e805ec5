import { z } from 'zod';
import {
  accepted,
  refused,
  refusedByIssues,
  type Parsed,
  type Refused,
} from '../../core/validation/Parsed.ts';
import { JsonBytes } from './JsonBytes.ts';
import { parseJsonText } from '../../core/validation/parseJsonText.ts';
import type {
  BoardFile,
  JourneyMapperExtension,
  RestConnector,
  RestItem,
  RestTag,
} from './boardFile.schema.ts';
import {
  JourneyMapperExtension as JourneyMapperExtensionSchema,
  RestConnectorRead,
  RestItemList,
  RestPage,
  RestPageList,
  RestTag as RestTagSchema,
} from './boardFile.schema.ts';
import type { Read } from './lenientFields.ts';
import { readRestItem } from './readRestItem.ts';
import { unknownValueWarnings } from './unknownValueWarnings.ts';
import { decodeUtf8 } from './decodeUtf8.ts';

/** Where the `index`th value of a list stands in the file, such as `2.data.3`. */
type PathOf = (index: number) => string;

/** The file's lists, each value with the way to its path, built only for an error. */
type Lists = {
  items: Read<RestItem>[];
  connectors: Read<RestConnector>[];
  tags: RestTag[];
  itemPath: PathOf;
  connectorPath: PathOf;
  tagPath: PathOf;
  journeyMapper: JourneyMapperExtension | undefined;
};

type Page = {
  data: Read<RestItem>[];
  connectors?: Read<RestConnector>[] | undefined;
  tags?: RestTag[] | undefined;
  journeyMapper?: JourneyMapperExtension | undefined;
};

/** What a page holds beside its items, read as `RestPage` reads it. */
const PageBesideItems = z.object({
  connectors: z.array(RestConnectorRead).optional(),
  tags: z.array(RestTagSchema).optional(),
  journeyMapper: JourneyMapperExtensionSchema.optional(),
});

const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;

const SHAPES_EXPECTED =
  'The file must hold an array of items, a page { "data": [...] } or an array of pages';

/**
 * Reads a board file of any of its three shapes — an array of items, one page `{ data }`, or
 * an array of pages — into one `BoardFile`, with a warning for each value it read as a default.
 * The error is one line naming where the problem is. Each item is checked once, as it is
 * read; only when one is not valid is the whole file parsed again by zod, for its messages.
 */
export function parseBoardFile(json: unknown): Parsed<BoardFile> {
  const lists = quickLists(json) ?? listsByZod(json);
  return 'ok' in lists ? lists : checked(lists);
}

/** Like `parseBoardFile`, from the file's text; a syntax error names its line and column. */
export function parseBoardFileText(text: string): Parsed<BoardFile> {
  const json = parseJsonText(text, 'The file');
  return json.ok ? parseBoardFile(json.value) : json;
}

/**
 * Like `parseBoardFileText`, from the file's bytes; a warning first when they are not UTF-8.
 * A valid file is read an item at a time, never as one text or one tree, so reading it costs
 * little more than its bytes; any other is read whole, for the message that says what is wrong.
 */
export function parseBoardFileBytes(bytes: Uint8Array, fileName: string): Parsed<BoardFile> {
  const lists = listsOfBytes(new JsonBytes(bytes));
  if (lists) return checked(lists);
  const { text, warning } = decodeUtf8(bytes, fileName);
  const result = parseBoardFileText(text);
  if (!result.ok || warning === undefined) return result;
  return { ...result, warnings: [warning, ...result.warnings] };
}

/** The file's lists when every value in it is valid; `undefined` when one is not. */
function quickLists(json: unknown): Lists | undefined {
  if (Array.isArray(json) && json.some(isPageLike)) {
    const pages: Page[] = [];
    for (const page of json) {
      const read = quickPage(page);
      if (!read) return undefined;
      pages.push(read);
    }
    return listsOfPages(pages, (index) => `${index}.`);
  }
  if (Array.isArray(json)) {
    const items = quickItems(json);
    return items && listsOfItems(items);
  }
  const page = quickPage(json);
  return page && listsOfPages([page], () => '');
}

/**
 * The file's lists read from its bytes a value at a time, as `quickLists` reads them from its
 * tree; `undefined` when a value is not valid, or the bytes are not JSON or not UTF-8.
 */
function listsOfBytes(json: JsonBytes): Lists | undefined {
  let lists: Lists | undefined;
  const read = json.whole((start) => {
    if (json.bytes[start] === OPEN_OBJECT) {
      const page = pageOfBytes(json, start, 1);
      lists = page && listsOfPages([page.page], () => '');
      return page?.end;
    }
    const pages: Page[] = [];
    const items: Read<RestItem>[] = [];
    const end = json.array(start, 1, (element) => {
      const end = json.skip(element, 2);
      const parsed = end === undefined ? undefined : json.parse({ start: element, end });
      if (!parsed) return undefined;
      if (isPageLike(parsed.value)) {
        const page = quickPage(parsed.value);
        if (!page) return undefined;
        pages.push(page);
      } else {
        const item = readRestItem(parsed.value, true);
        if (!item) return undefined;
        items.push(item);
      }
      return end;
    });
    if (pages.length > 0 && items.length > 0) return undefined;
    lists = pages.length > 0 ? listsOfPages(pages, (index) => `${index}.`) : listsOfItems(items);
    return end;
  });
  return read ? lists : undefined;
}

/**
 * The page object at `start`, opening nesting level `level`: its items parsed one by one, the
 * rest whole. As in `JSON.parse`, a key given twice means its last value.
 */
function pageOfBytes(
  json: JsonBytes,
  start: number,
  level: number,
): { page: Page; end: number } | undefined {
  let data: Read<RestItem>[] | undefined;
  const besides: Record<string, unknown> = {};
  const end = json.object(start, level, (key, valueStart) => {
    const name = json.parse(key)?.value;
    if (typeof name !== 'string') return undefined;
    if (name === 'data' && json.bytes[valueStart] === OPEN_ARRAY) {
      data = [];
      return itemsOfBytes(json, valueStart, level + 1, data);
    }
    const end = json.skip(valueStart, level + 1);
    const parsed = end === undefined ? undefined : json.parse({ start: valueStart, end });
    if (!parsed) return undefined;
    if (name === 'data') data = undefined;
    else if (name === 'connectors' || name === 'tags' || name === 'journeyMapper')
      besides[name] = parsed.value;
    return end;
  });
  const read = PageBesideItems.safeParse(besides);
  if (end === undefined || !data || !read.success) return undefined;
  return { page: { data, ...read.data }, end };
}

/** Reads into `items` each item of the array at `start`, on its own; the array's end. */
function itemsOfBytes(
  json: JsonBytes,
  start: number,
  level: number,
  items: Read<RestItem>[],
): number | undefined {
  return json.array(start, level, (element) => {
    const end = json.skip(element, level + 1);
    const parsed = end === undefined ? undefined : json.parse({ start: element, end });
    const item = parsed && readRestItem(parsed.value, true);
    if (!item) return undefined;
    items.push(item);
    return end;
  });
}

function quickPage(json: unknown): Page | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const { data, connectors, tags, journeyMapper } = json as Record<string, unknown>;
  if (!Array.isArray(data)) return undefined;
  const items = quickItems(data);
  const besides = PageBesideItems.safeParse({ connectors, tags, journeyMapper });
  if (!items || !besides.success) return undefined;
  return { data: items, ...besides.data };
}

function quickItems(json: readonly unknown[]): Read<RestItem>[] | undefined {
  const items: Read<RestItem>[] = [];
  for (const value of json) {
    const read = readRestItem(value);
    if (!read) return undefined;
    items.push(read);
  }
  return items;
}

/** The file read by zod alone: its lists, or its issues as one message. */
function listsByZod(json: unknown): Lists | Refused {
  if (Array.isArray(json) && json.some(isPageLike)) {
    const result = RestPageList.safeParse(json);
    if (!result.success) return refusedByIssues(result.error);
    return listsOfPages(result.data, (index) => `${index}.`);
  }
  if (Array.isArray(json)) {
    const result = RestItemList.safeParse(json);
    if (!result.success) return refusedByIssues(result.error);
    return listsOfItems(result.data);
  }
  if (typeof json === 'object' && json !== null) {
    const result = RestPage.safeParse(json);
    if (!result.success) return refusedByIssues(result.error);
    return listsOfPages([result.data], () => '');
  }
  return refused(`${SHAPES_EXPECTED}; this one holds ${describeValue(json)}`);
}

function isPageLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Array.isArray(Reflect.get(value, 'data'));
}

function listsOfItems(items: Read<RestItem>[]): Lists {
  return {
    items,
    connectors: [],
    tags: [],
    itemPath: String,
    connectorPath: String,
    tagPath: String,
    journeyMapper: undefined,
  };
}

/**
 * Pages are concatenated; their `journeyMapper` keys are merged, later pages winning. `prefix`
 * is a page's own path with a trailing dot, or empty for a one-page file.
 */
function listsOfPages(pages: readonly Page[], prefix: (page: number) => string): Lists {
  const extensions = pages.flatMap((page) => page.journeyMapper ?? []);
  const journeyMapper = extensions.reduce<JourneyMapperExtension | undefined>(
    (merged, next) =>
      merged && {
        ...merged,
        ...next,
        appData: { ...merged.appData, ...next.appData },
        metadata: { ...merged.metadata, ...next.metadata },
      },
    extensions[0],
  );
  const items = concatenated(
    pages.map((page) => page.data),
    'data',
    prefix,
  );
  const connectors = concatenated(
    pages.map((page) => page.connectors ?? []),
    'connectors',
    prefix,
  );
  const tags = concatenated(
    pages.map((page) => page.tags ?? []),
    'tags',
    prefix,
  );
  return {
    items: items.values,
    connectors: connectors.values,
    tags: tags.values,
    itemPath: items.pathOf,
    connectorPath: connectors.pathOf,
    tagPath: tags.pathOf,
    journeyMapper,
  };
}

/** The lists one after another, and the path in the file of each value, as `2.data.3`. */
function concatenated<T>(
  lists: readonly T[][],
  key: string,
  prefix: (page: number) => string,
): { values: T[]; pathOf: PathOf } {
  const [only] = lists;
  if (lists.length === 1 && only)
    return { values: only, pathOf: (index) => `${prefix(0)}${key}.${index}` };
  const values: T[] = [];
  const starts: number[] = [];
  for (const list of lists) {
    starts.push(values.length);
    for (const value of list) values.push(value);
  }
  const pathOf = (index: number) => {
    let page = starts.length - 1;
    while (page > 0 && (starts[page] ?? 0) > index) page--;
    return `${prefix(page)}${key}.${index - (starts[page] ?? 0)}`;
  };
  return { values, pathOf };
}

/** Checks what one item alone cannot: unique ids, parents present, only frames holding items. */
function checked(file: Lists): Parsed<BoardFile> {
  const items = file.items.map(({ value }) => value);
  const connectors = file.connectors.map(({ value }) => value);
  const problem =
    duplicateProblem('item', items, file.itemPath) ??
    duplicateProblem('connector', connectors, file.connectorPath) ??
    duplicateProblem('tag', file.tags, file.tagPath) ??
    parentProblem(items, file.itemPath);
  if (problem !== undefined) return refused(problem);
  return accepted(
    {
      items,
      connectors,
      tags: file.tags,
      ...(file.journeyMapper && { journeyMapper: file.journeyMapper }),
    },
    unknownValueWarnings(file.items, file.connectors),
  );
}

function duplicateProblem(
  kind: string,
  values: readonly { id: string }[],
  pathOf: PathOf,
): string | undefined {
  const firstIndex = new Map<string, number>();
  for (const [index, { id }] of values.entries()) {
    const first = firstIndex.get(id);
    if (first !== undefined)
      return `At ${pathOf(index)}.id: duplicate ${kind} id ${id} (also at ${pathOf(first)}.id)`;
    firstIndex.set(id, index);
  }
  return undefined;
}

function parentProblem(items: readonly RestItem[], pathOf: PathOf): string | undefined {
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const [index, item] of items.entries()) {
    const relativeTo = item.position?.relativeTo;
    if (relativeTo === 'parent_top_left' && !item.parent)
      return `At ${pathOf(index)}.position.relativeTo: parent_top_left needs a parent, and the item has none`;
    if (!item.parent) continue;
    const parent = byId.get(item.parent.id);
    if (!parent) return `At ${pathOf(index)}.parent.id: no item ${item.parent.id} in the file`;
    if (parent.type === 'unsupported') continue;
    if (parent.type !== 'frame')
      return `At ${pathOf(index)}.parent.id: item ${parent.id} is a ${parent.type}; only frames hold items`;
    if (item.type === 'frame')
      return `At ${pathOf(index)}.parent.id: a frame cannot be inside a frame`;
  }
  return undefined;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  return `a ${typeof value}`;
}
