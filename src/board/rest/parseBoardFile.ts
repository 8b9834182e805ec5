import { accepted, refused, refusedByIssues, type Parsed } from '../../core/validation/Parsed.ts';
import { parseJsonText } from '../../core/validation/parseJsonText.ts';
import type {
  BoardFile,
  JourneyMapperExtension,
  RestConnector,
  RestItem,
  RestTag,
} from './boardFile.schema.ts';
import { RestItemList, RestPage, RestPageList } from './boardFile.schema.ts';
import type { Read } from './lenientFields.ts';
import { unknownValueWarnings } from './unknownValueWarnings.ts';
import { decodeUtf8 } from './decodeUtf8.ts';

/** A value as read, with the path of its place in the file, such as `2.data.3`. */
type Located<T> = Read<T> & { path: string };

type LocatedFile = {
  items: Located<RestItem>[];
  connectors: Located<RestConnector>[];
  tags: Located<RestTag>[];
  journeyMapper: JourneyMapperExtension | undefined;
};

type Page = {
  data: Read<RestItem>[];
  connectors?: Read<RestConnector>[] | undefined;
  tags?: RestTag[] | undefined;
  journeyMapper?: JourneyMapperExtension | undefined;
};

const SHAPES_EXPECTED =
  'The file must hold an array of items, a page { "data": [...] } or an array of pages';

/**
 * Reads a board file of any of its three shapes — an array of items, one page `{ data }`, or
 * an array of pages — into one `BoardFile`, with a warning for each value it read as a default.
 * The error is one line naming where the problem is.
 */
export function parseBoardFile(json: unknown): Parsed<BoardFile> {
  if (Array.isArray(json) && json.some(isPageLike)) {
    const result = RestPageList.safeParse(json);
    if (!result.success) return refusedByIssues(result.error);
    return checked(mergePages(result.data.map((page, index) => locatePage(page, `${index}.`))));
  }
  if (Array.isArray(json)) {
    const result = RestItemList.safeParse(json);
    if (!result.success) return refusedByIssues(result.error);
    const items = result.data.map((read, index) => ({ ...read, path: String(index) }));
    return checked({ items, connectors: [], tags: [], journeyMapper: undefined });
  }
  if (typeof json === 'object' && json !== null) {
    const result = RestPage.safeParse(json);
    if (!result.success) return refusedByIssues(result.error);
    return checked(locatePage(result.data, ''));
  }
  return refused(`${SHAPES_EXPECTED}; this one holds ${describeValue(json)}`);
}

/** Like `parseBoardFile`, from the file's text; a syntax error names its line and column. */
export function parseBoardFileText(text: string): Parsed<BoardFile> {
  const json = parseJsonText(text, 'The file');
  return json.ok ? parseBoardFile(json.value) : json;
}

/** Like `parseBoardFileText`, from the file's bytes; a warning first when they are not UTF-8. */
export function parseBoardFileBytes(bytes: Uint8Array, fileName: string): Parsed<BoardFile> {
  const { text, warning } = decodeUtf8(bytes, fileName);
  const result = parseBoardFileText(text);
  if (!result.ok || warning === undefined) return result;
  return { ...result, warnings: [warning, ...result.warnings] };
}

function isPageLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Array.isArray(Reflect.get(value, 'data'));
}

/** `prefix` is the page's own path with a trailing dot, or empty for a one-page file. */
function locatePage(page: Page, prefix: string): LocatedFile {
  const locate = <T>(reads: readonly Read<T>[], key: string) =>
    reads.map((read, index) => ({ ...read, path: `${prefix}${key}.${index}` }));
  return {
    items: locate(page.data, 'data'),
    connectors: locate(page.connectors ?? [], 'connectors'),
    tags: locate(
      (page.tags ?? []).map((value) => ({ value, unknownValues: [] })),
      'tags',
    ),
    journeyMapper: page.journeyMapper,
  };
}

/** Pages are concatenated; their `journeyMapper` keys are merged, later pages winning. */
function mergePages(pages: readonly LocatedFile[]): LocatedFile {
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
  return {
    items: pages.flatMap((page) => page.items),
    connectors: pages.flatMap((page) => page.connectors),
    tags: pages.flatMap((page) => page.tags),
    journeyMapper,
  };
}

/** Checks what one item alone cannot: unique ids, parents present, only frames holding items. */
function checked(file: LocatedFile): Parsed<BoardFile> {
  const problem =
    duplicateProblem('item', file.items) ??
    duplicateProblem('connector', file.connectors) ??
    duplicateProblem('tag', file.tags) ??
    parentProblem(file.items);
  if (problem !== undefined) return refused(problem);
  const values = <T>(located: readonly Located<T>[]) => located.map(({ value }) => value);
  return accepted(
    {
      items: values(file.items),
      connectors: values(file.connectors),
      tags: values(file.tags),
      ...(file.journeyMapper && { journeyMapper: file.journeyMapper }),
    },
    unknownValueWarnings(file.items, file.connectors),
  );
}

function duplicateProblem(
  kind: string,
  located: readonly Located<{ id: string }>[],
): string | undefined {
  const firstPath = new Map<string, string>();
  for (const { value, path } of located) {
    const first = firstPath.get(value.id);
    if (first !== undefined)
      return `At ${path}.id: duplicate ${kind} id ${value.id} (also at ${first}.id)`;
    firstPath.set(value.id, path);
  }
  return undefined;
}

function parentProblem(located: readonly Located<RestItem>[]): string | undefined {
  const byId = new Map(located.map(({ value }) => [value.id, value]));
  for (const { value: item, path } of located) {
    const relativeTo = item.position?.relativeTo;
    if (relativeTo === 'parent_top_left' && !item.parent)
      return `At ${path}.position.relativeTo: parent_top_left needs a parent, and the item has none`;
    if (!item.parent) continue;
    const parent = byId.get(item.parent.id);
    if (!parent) return `At ${path}.parent.id: no item ${item.parent.id} in the file`;
    if (parent.type === 'unsupported') continue;
    if (parent.type !== 'frame')
      return `At ${path}.parent.id: item ${parent.id} is a ${parent.type}; only frames hold items`;
    if (item.type === 'frame') return `At ${path}.parent.id: a frame cannot be inside a frame`;
  }
  return undefined;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  return `a ${typeof value}`;
}
