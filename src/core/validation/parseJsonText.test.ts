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
});
