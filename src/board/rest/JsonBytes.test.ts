import { describe, expect, it } from 'vitest';
import { JsonBytes, type Slice } from './JsonBytes.ts';
import { MAX_JSON_NESTING } from '../../core/validation/parseJsonText.ts';

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** The elements of the array the text holds, each parsed on its own; undefined on any doubt. */
function elementsOf(text: string): unknown[] | undefined {
  const json = new JsonBytes(bytesOf(text));
  const values: unknown[] = [];
  const read = json.whole((start) =>
    json.array(start, 1, (element) => {
      const end = json.skip(element, 2);
      const parsed = end === undefined ? undefined : json.parse({ start: element, end });
      if (!parsed) return undefined;
      values.push(parsed.value);
      return end;
    }),
  );
  return read ? values : undefined;
}

/** The members of the object the text holds, keys and values parsed; undefined on any doubt. */
function membersOf(text: string): [unknown, unknown][] | undefined {
  const json = new JsonBytes(bytesOf(text));
  const members: [unknown, unknown][] = [];
  const read = json.whole((start) =>
    json.object(start, 1, (key: Slice, valueStart) => {
      const end = json.skip(valueStart, 2);
      const value = end === undefined ? undefined : json.parse({ start: valueStart, end });
      if (!value) return undefined;
      members.push([json.parse(key)?.value, value.value]);
      return end;
    }),
  );
  return read ? members : undefined;
}

describe('JsonBytes', () => {
  it('walks an array value by value, strings with brackets, quotes and escapes included', () => {
    const text = ' [ {"a": "]}\\"[{"}, [1, [2]], "x\\\\", 3.5e2, true, null, "é😀" ] \n';
    expect(elementsOf(text)).toEqual(JSON.parse(text));
    expect(elementsOf('[]')).toEqual([]);
  });

  it('walks an object member by member', () => {
    expect(membersOf('{"a": 1, "b\\u0063": {"d": [2]}, "a": 3}')).toEqual([
      ['a', 1],
      ['bc', { d: [2] }],
      ['a', 3],
    ]);
    expect(membersOf('{ }')).toEqual([]);
  });

  it('reads past a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf('[1]')]);
    const json = new JsonBytes(bytes);
    expect(json.whole((start) => json.array(start, 1, (at) => json.skip(at, 2)))).toBe(true);
  });

  it.each([
    ['a missing comma', '[1 2]'],
    ['a trailing comma', '[1, 2,]'],
    ['a leading comma', '[, 1]'],
    ['an unclosed array', '[1, 2'],
    ['an unclosed string', '["abc]'],
    ['something after the value', '[1] [2]'],
    ['a bracket that does not match', '[{"a": 1]]'],
    ['a bad literal', '[tru]'],
    ['a bare word', '[x]'],
    ['nothing', '   '],
  ])('gives up on %s', (_, text) => {
    expect(elementsOf(text)).toBeUndefined();
  });

  it.each([
    ['a key without quotes', '{a: 1}'],
    ['a missing colon', '{"a" 1}'],
    ['a trailing comma', '{"a": 1,}'],
    ['a missing value', '{"a": }'],
  ])('gives up on an object with %s', (_, text) => {
    expect(membersOf(text)).toBeUndefined();
  });

  it('gives up on bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([...bytesOf('["a'), 0xff, ...bytesOf('"]')]);
    const json = new JsonBytes(bytes);
    const parsedAll = json.whole((start) =>
      json.array(start, 1, (at) => {
        const end = json.skip(at, 2);
        return end !== undefined && json.parse({ start: at, end }) ? end : undefined;
      }),
    );
    expect(parsedAll).toBe(false);
  });

  it(`gives up where nesting goes deeper than ${MAX_JSON_NESTING} levels, not before`, () => {
    const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    // The array walked is level 1; its one element holds the rest.
    expect(elementsOf(`[${nested(MAX_JSON_NESTING - 1)}]`)).toHaveLength(1);
    expect(elementsOf(`[${nested(MAX_JSON_NESTING)}]`)).toBeUndefined();
  });
});
