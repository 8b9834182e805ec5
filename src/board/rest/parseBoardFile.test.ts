import { describe, expect, it } from 'vitest';
import restPage from '../../test/fixtures/rest-page.json';
import type { Parsed } from '../../core/validation/Parsed.ts';
import type { BoardFile } from './boardFile.schema.ts';
import { parseBoardFile, parseBoardFileText } from './parseBoardFile.ts';

const STICKY_ID = '3458764590123456791';

function page() {
  return structuredClone(restPage);
}

/** The fixture page with the value at a dotted path, such as `data.3.position.x`, replaced. */
function edited(path: string, value: unknown): unknown {
  const json: unknown = page();
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  const target = keys.reduce((object, key) => Reflect.get(asObject(object), key), json);
  Reflect.set(asObject(target), last, value);
  return json;
}

/** The value at a dotted path of a page, such as `data.3.style.textAlign`, in the file read. */
function valueAt(file: BoardFile, path: string): unknown {
  const read = { data: file.items, connectors: file.connectors };
  return path.split('.').reduce((object: unknown, key) => Reflect.get(asObject(object), key), read);
}

function asObject(value: unknown): object {
  if (typeof value !== 'object' || value === null) throw new Error('no such path in the fixture');
  return value;
}

function asPage(json: unknown): { data: unknown[] } {
  const data = Reflect.get(asObject(json), 'data');
  if (!Array.isArray(data)) throw new Error('not a page');
  return { data };
}

function fileOf(result: Parsed<BoardFile>) {
  if (!result.ok) throw result.error;
  return result.value;
}

function warningsOf(result: Parsed<BoardFile>): string[] {
  if (!result.ok) throw result.error;
  return result.warnings;
}

function errorOf(result: Parsed<BoardFile>): string {
  if (result.ok) throw new Error('expected a failure');
  return result.error.message;
}

describe('parseBoardFile', () => {
  it('reads one page with its connectors and tags', () => {
    const file = fileOf(parseBoardFile(page()));
    expect(file.items.map((item) => item.type)).toEqual([
      'frame',
      'sticky_note',
      'sticky_note',
      'shape',
      'text',
      'card',
      'unsupported',
    ]);
    expect(file.connectors.map((connector) => connector.id)).toEqual(['3458764590123456800']);
    expect(file.tags.map((tag) => tag.title)).toEqual(['Pain point']);
    expect(file.journeyMapper).toBeUndefined();
  });

  it('reads an array of items', () => {
    const file = fileOf(parseBoardFile(page().data));
    expect(file.items).toHaveLength(7);
    expect(file.connectors).toEqual([]);
    expect(file.tags).toEqual([]);
  });

  it('reads an array of pages as one board', () => {
    const { data, connectors, tags } = page();
    const pages = [
      { data: data.slice(0, 4), cursor: 'abc' },
      { data: data.slice(4), connectors, tags },
    ];
    expect(fileOf(parseBoardFile(pages))).toEqual(fileOf(parseBoardFile(page())));
  });

  it('parses style sizes written as strings into numbers', () => {
    const shape = fileOf(parseBoardFile(page())).items[3];
    if (shape?.type !== 'shape') throw new Error('expected the shape');
    expect(shape.style).toMatchObject({
      fillOpacity: 1,
      fontSize: 24,
      borderWidth: 2,
      borderOpacity: 0.8,
    });
  });

  it('keeps an item of another type with its id, type and place only', () => {
    const image = fileOf(parseBoardFile(page())).items[6];
    expect(image).toEqual({
      id: '3458764590123456796',
      type: 'unsupported',
      restType: 'image',
      parent: undefined,
      position: { x: -800, y: 200, origin: 'center', relativeTo: 'canvas_center' },
      geometry: { width: 480, height: 320 },
    });
  });

  it('keeps the journeyMapper key, merging it across pages', () => {
    const pages = [
      { data: [], journeyMapper: { appData: { a: 1 }, metadata: { [STICKY_ID]: { x: 'y' } } } },
      { data: [], journeyMapper: { appData: { b: 2 }, nextId: '9' } },
    ];
    expect(fileOf(parseBoardFile(pages)).journeyMapper).toEqual({
      appData: { a: 1, b: 2 },
      metadata: { [STICKY_ID]: { x: 'y' } },
      nextId: '9',
    });
  });

  it('accepts an empty board', () => {
    expect(fileOf(parseBoardFile([]))).toEqual({ items: [], connectors: [], tags: [] });
  });
});

describe('parseBoardFile, values it does not know', () => {
  it.each([
    [
      'data.2.style.textAlign',
      'unknown',
      'center',
      'Item 3458764590123456792: style.textAlign "unknown" is not a value this app knows; read as "center"',
    ],
    [
      'data.2.style.textAlignVertical',
      'unknown',
      'top',
      'Item 3458764590123456792: style.textAlignVertical "unknown" is not a value this app knows; read as "top"',
    ],
    [
      'data.1.style.fillColor',
      'magenta',
      'light_yellow',
      'Item 3458764590123456791: style.fillColor "magenta" is not a value this app knows; read as "light_yellow"',
    ],
    [
      'data.2.data.shape',
      'unknown',
      'square',
      'Item 3458764590123456792: data.shape "unknown" is not a value this app knows; read as "square"',
    ],
    [
      'data.3.style.textAlign',
      'unknown',
      'center',
      'Item 3458764590123456793: style.textAlign "unknown" is not a value this app knows; read as "center"',
    ],
    [
      'data.3.style.textAlignVertical',
      'unknown',
      'middle',
      'Item 3458764590123456793: style.textAlignVertical "unknown" is not a value this app knows; read as "middle"',
    ],
    [
      'data.3.style.borderStyle',
      'unknown',
      'normal',
      'Item 3458764590123456793: style.borderStyle "unknown" is not a value this app knows; read as "normal"',
    ],
    [
      'data.4.style.textAlign',
      'unknown',
      'left',
      'Item 3458764590123456794: style.textAlign "unknown" is not a value this app knows; read as "left"',
    ],
    [
      'connectors.0.shape',
      'unknown',
      'curved',
      'Connector 3458764590123456800: shape "unknown" is not a value this app knows; read as "curved"',
    ],
    [
      'connectors.0.style.strokeStyle',
      'unknown',
      'normal',
      'Connector 3458764590123456800: style.strokeStyle "unknown" is not a value this app knows; read as "normal"',
    ],
    [
      'connectors.0.style.startStrokeCap',
      'unknown',
      'none',
      'Connector 3458764590123456800: style.startStrokeCap "unknown" is not a value this app knows; read as "none"',
    ],
    [
      'connectors.0.style.endStrokeCap',
      'unknown',
      'stealth',
      'Connector 3458764590123456800: style.endStrokeCap "unknown" is not a value this app knows; read as "stealth"',
    ],
  ])('reads %s %j as %j, with a warning', (path, value, readAs, warning) => {
    const result = parseBoardFile(edited(path, value));
    expect(valueAt(fileOf(result), path)).toBe(readAs);
    expect(warningsOf(result)).toEqual([warning]);
  });

  it('gives no warning for known values or a missing one', () => {
    const json = page();
    Reflect.deleteProperty(json.data[2]?.style ?? {}, 'textAlign');
    const result = parseBoardFile(json);
    expect(valueAt(fileOf(result), 'data.2.style.textAlign')).toBe('center');
    expect(warningsOf(result)).toEqual([]);
  });

  it('warns in an array of pages and in an array of items alike', () => {
    const { data } = asPage(edited('data.1.style.textAlign', 'unknown'));
    const warning =
      'Item 3458764590123456791: style.textAlign "unknown" is not a value this app knows; read as "center"';
    expect(
      warningsOf(parseBoardFile([{ data: data.slice(0, 1) }, { data: data.slice(1) }])),
    ).toEqual([warning]);
    expect(warningsOf(parseBoardFile(data))).toEqual([warning]);
  });

  it('reads items and connectors with fields it does not know at every level, keeping them', () => {
    const json = page();
    const extra = { addedLater: { by: 'Miro' } };
    for (const record of [...json.data, ...json.connectors]) {
      Object.assign(record, extra);
      for (const key of ['data', 'style', 'geometry', 'position']) {
        const object: unknown = Reflect.get(record, key);
        if (typeof object === 'object' && object !== null) Object.assign(object, extra);
      }
    }
    const result = parseBoardFile(json);
    expect(warningsOf(result)).toEqual([]);
    const file = fileOf(result);
    expect(file.items.map((item) => item.type)).toEqual(
      fileOf(parseBoardFile(page())).items.map((item) => item.type),
    );
    const sticky = file.items[1];
    if (sticky?.type !== 'sticky_note') throw new Error('expected the sticky note');
    expect(sticky.style).toEqual({
      fillColor: 'red',
      textAlign: 'center',
      textAlignVertical: 'top',
      addedLater: { by: 'Miro' },
    });
    expect(sticky.addedLater).toEqual({ by: 'Miro' });
    expect(sticky.data.addedLater).toEqual({ by: 'Miro' });
    expect(sticky.geometry.addedLater).toEqual({ by: 'Miro' });
    expect(sticky.position.addedLater).toEqual({ by: 'Miro' });
    expect(file.connectors[0]?.style.addedLater).toEqual({ by: 'Miro' });
  });
});

describe('parseBoardFile errors', () => {
  it('names the field of a value of the wrong type', () => {
    expect(errorOf(parseBoardFile(edited('data.3.position.x', '1480')))).toMatchInlineSnapshot(
      `"At data.3.position.x: Invalid input: expected number, received string"`,
    );
  });

  it('names the page in an array of pages', () => {
    const { data } = asPage(edited('data.1.geometry.width', '199'));
    expect(errorOf(parseBoardFile([{ data: [] }, { data }]))).toMatchInlineSnapshot(
      `"At 1.data.1.geometry.width: Invalid input: expected number, received string"`,
    );
  });

  it('rejects a value of a lenient field that is not a string', () => {
    expect(errorOf(parseBoardFile(edited('data.2.style.textAlign', 3)))).toMatchInlineSnapshot(
      `"At data.2.style.textAlign: Invalid input: expected string, received number"`,
    );
  });

  it('says a style size must be a number written as a string', () => {
    expect(errorOf(parseBoardFile(edited('data.3.style.fontSize', 'large')))).toMatchInlineSnapshot(
      `"At data.3.style.fontSize: expected a number written as a string, such as "14", received "large""`,
    );
  });

  it('says a page without data is missing it', () => {
    const { data } = page();
    expect(errorOf(parseBoardFile({ items: data }))).toMatchInlineSnapshot(
      `"At data: Invalid input: expected array, received undefined"`,
    );
  });

  it('says which shapes a file may have', () => {
    expect(errorOf(parseBoardFile('items'))).toMatchInlineSnapshot(
      `"The file must hold an array of items, a page { "data": [...] } or an array of pages; this one holds a string"`,
    );
  });

  it('rejects an item id that is not a string of digits', () => {
    expect(errorOf(parseBoardFile(edited('data.2.id', 42)))).toMatchInlineSnapshot(
      `"At data.2.id: Invalid input: expected string, received number"`,
    );
  });

  it('reports a duplicate item id with both places', () => {
    expect(errorOf(parseBoardFile(edited('data.4.id', STICKY_ID)))).toMatchInlineSnapshot(
      `"At data.4.id: duplicate item id 3458764590123456791 (also at data.1.id)"`,
    );
  });

  it('reports a duplicate item id across pages', () => {
    const { data } = page();
    expect(errorOf(parseBoardFile([{ data }, { data: data.slice(1, 2) }]))).toMatchInlineSnapshot(
      `"At 1.data.0.id: duplicate item id 3458764590123456791 (also at 0.data.1.id)"`,
    );
  });

  it('reports a child whose parent is not in the file', () => {
    const json = page();
    expect(errorOf(parseBoardFile({ ...json, data: json.data.slice(1) }))).toMatchInlineSnapshot(
      `"At data.0.parent.id: no item 3458764590123456700 in the file"`,
    );
  });

  it('reports a child of an item that is not a frame', () => {
    expect(errorOf(parseBoardFile(edited('data.2.parent.id', STICKY_ID)))).toMatchInlineSnapshot(
      `"At data.2.parent.id: item 3458764590123456791 is a sticky_note; only frames hold items"`,
    );
  });

  it('reports a position relative to a parent the item does not have', () => {
    expect(
      errorOf(parseBoardFile(edited('data.4.position.relativeTo', 'parent_top_left'))),
    ).toMatchInlineSnapshot(
      `"At data.4.position.relativeTo: parent_top_left needs a parent, and the item has none"`,
    );
  });

  it('accepts a child of an item of another type', () => {
    const inImage = edited('data.2.parent.id', '3458764590123456796');
    expect(parseBoardFile(inImage).ok).toBe(true);
  });
});

describe('parseBoardFileText', () => {
  it('reads the text of a board file', () => {
    expect(fileOf(parseBoardFileText(JSON.stringify(page()))).items).toHaveLength(7);
  });

  it('says where the text stops being JSON', () => {
    const text = '{\n  "data": [\n    { "id": "1", }\n  ]\n}'; // the "}" at column 18
    expect(errorOf(parseBoardFileText(text))).toMatchInlineSnapshot(
      `"The file is not JSON: Expected double-quoted property name at line 3 column 18"`,
    );
  });

  it('says when the text ends early', () => {
    expect(errorOf(parseBoardFileText('{ "data": ['))).toMatch(/^The file is not JSON: /);
  });
});

describe('parseBoardFileText', () => {
  it('reads a file that starts with a byte-order mark', () => {
    const result = parseBoardFileText(`\uFEFF${JSON.stringify(restPage)}`);
    expect(result.ok && result.value.items.length).toBe(restPage.data.length);
  });

  it('refuses nesting deeper than 64 levels in the journeyMapper key, which zod would recurse into', () => {
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    const result = parseBoardFileText(`{"data": [], "journeyMapper": {"appData": {"k": ${deep}}}}`);
    // {"data": [], "journeyMapper": {"appData": {"k": is 48 characters and 3 levels
    expect(errorOf(result)).toBe('The file nests deeper than 64 levels at line 1 column 110');
  });
});
