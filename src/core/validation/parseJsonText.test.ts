import { describe, expect, it } from 'vitest';
import { parseJsonText } from './parseJsonText.ts';

describe('parseJsonText', () => {
  it('reads JSON', () => {
    expect(parseJsonText('{"a": [1]}', 'The file')).toEqual({
      ok: true,
      value: { a: [1] },
      warnings: [],
    });
  });

  it('names the line and column of a syntax error', () => {
    const result = parseJsonText('{\n  "a": 1,\n  oops\n}', 'The file');
    if (result.ok) throw new Error('expected a failure');
    expect(result.error.reason).toBe('notJson');
    expect(result.error.message).toMatch(/^The file is not JSON: .* at line 3 column \d+/);
  });

  it('reads JSON after a byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a": [1]}', 'The file')).toEqual({
      ok: true,
      value: { a: [1] },
      warnings: [],
    });
  });

  it('counts the column of a syntax error from after the byte-order mark', () => {
    const result = parseJsonText('\uFEFF[1 2]', 'The file');
    if (result.ok) throw new Error('expected a failure');
    // the 2 is the 4th character after the mark
    expect(result.error.message).toMatch(/^The file is not JSON: .* at line 1 column 4$/);
  });

  it('refuses a byte-order mark anywhere but at the start', () => {
    const result = parseJsonText(' \uFEFF[]', 'The file');
    expect(result.ok).toBe(false);
  });

  it('refuses nesting deeper than 64 levels, naming where it starts', () => {
    const deep = `{"a":\n  ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`;
    const result = parseJsonText(deep, 'The file');
    if (result.ok) throw new Error('expected a failure');
    // the object is level 1; the array opening level 65 is the 64th bracket on line 2, after 2 spaces
    expect(result.error.message).toBe('The file nests deeper than 64 levels at line 2 column 66');
    expect(result.error.reason).toBe('invalid');
  });

  it('reads 64 levels', () => {
    const result = parseJsonText(`${'['.repeat(64)}${']'.repeat(64)}`, 'The file');
    expect(result.ok).toBe(true);
  });
});
