import { describe, expect, it } from 'vitest';
import { deepestNesting } from './deepestNesting.ts';

describe('deepestNesting', () => {
  it('finds nothing in JSON at or under the limit', () => {
    expect(deepestNesting('[[{"a": [1]}]]', 4)).toBeUndefined();
  });

  it('names the bracket that opens the first level past the limit', () => {
    // levels 1 to 4 at columns 1, 2, 8, 9
    expect(deepestNesting('[[{"a": [[1]]}]]', 3)).toEqual({ line: 1, column: 9 });
  });

  it('counts lines and columns from 1', () => {
    expect(deepestNesting('[\n  [\n    [1]\n  ]\n]', 2)).toEqual({ line: 3, column: 5 });
  });

  it('passes over brackets in strings, also after escaped quotes and backslashes', () => {
    expect(deepestNesting('["[[[\\"[[", "\\\\", "{{{"]', 1)).toBeUndefined();
    expect(deepestNesting('["\\\\", [0]]', 1)).toEqual({ line: 1, column: 8 });
  });

  it('ends at a string that is never closed', () => {
    expect(deepestNesting('["[[[', 1)).toBeUndefined();
  });

  it('takes a million levels in one pass', () => {
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    expect(deepestNesting(deep, 64)).toEqual({ line: 1, column: 65 });
  });
});
