import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBoardFileBytes, parseBoardFileText } from './parseBoardFile.ts';

/**
 * `parseBoardFileBytes` reads a valid file an item at a time from its bytes and anything else
 * the careful way, through the whole text; whichever way it goes, it must say exactly what
 * `parseBoardFileText` says of the same text.
 */
const FIXTURES = join(import.meta.dirname, '../../test/fixtures');
const files = [
  join(FIXTURES, 'rest-page.json'),
  ...readdirSync(join(FIXTURES, 'boards')).map((name) => join(FIXTURES, 'boards', name)),
];
const texts = files.map((file) => readFileSync(file, 'utf8'));
const page = JSON.parse(texts[0] ?? '') as { data: unknown[] };

const bytesOf = (text: string) => new TextEncoder().encode(text);

function expectSameReading(text: string) {
  expect(parseBoardFileBytes(bytesOf(text), 'board.json')).toEqual(parseBoardFileText(text));
}

describe('parseBoardFileBytes', () => {
  it.each(files.map((file, index) => [file.slice(FIXTURES.length + 1), texts[index] ?? '']))(
    'reads %s as the text is read',
    (_, text) => {
      const read = parseBoardFileBytes(bytesOf(text), 'board.json');
      expect(read.ok).toBe(true);
      expect(read).toEqual(parseBoardFileText(text));
    },
  );

  it('reads each shape of file as the text is read: items, a page, pages, keys twice', () => {
    const [first, ...rest] = page.data;
    expectSameReading(JSON.stringify(page.data));
    expectSameReading(JSON.stringify([{ data: [first] }, { data: rest, tags: [] }]));
    expectSameReading(`{"data": [], "data": ${JSON.stringify(page.data)}}`);
    expectSameReading(`{"data": ${JSON.stringify(page.data)}, "data": {}}`);
    expectSameReading(`{"tags": 1, "data": [], "tags": []}`);
    expectSameReading(`\uFEFF  ${JSON.stringify(page)}\n`);
  });

  it('says what the text says of a file mangled anywhere', () => {
    const text = texts[0] ?? '';
    const edits = [
      '',
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"',
      '\\',
      ' ',
      '0',
      'x',
      '"data":[],',
      '\uFEFF',
    ];
    fc.assert(
      fc.property(
        fc.nat({ max: text.length }),
        fc.nat({ max: 3 }),
        fc.constantFrom(...edits),
        (at, removed, inserted) => {
          expectSameReading(`${text.slice(0, at)}${inserted}${text.slice(at + removed)}`);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('warns of bytes that are not UTF-8 and reads the rest, as the careful way does', () => {
    const good = bytesOf(JSON.stringify(page));
    const at = new TextDecoder().decode(good).indexOf('"content"') + 2;
    const bad = new Uint8Array([...good.subarray(0, at), 0xff, ...good.subarray(at)]);
    const read = parseBoardFileBytes(bad, 'board.json');
    expect(read.ok && read.warnings[0]).toMatch(/^board\.json is not valid UTF-8/);
  });
});
