import { describe, expect, it } from 'vitest';
import { recordOf } from './recordOf.ts';

describe('recordOf', () => {
  it('has no record and no warning when the item holds none', () => {
    const warnings: string[] = [];
    expect(recordOf('7', undefined, warnings)).toBeNull();
    expect(warnings).toEqual([]);
  });

  it('ignores a record that is not valid, with a warning naming the item', () => {
    const warnings: string[] = [];
    expect(recordOf('7', { v: 99 }, warnings)).toBeNull();
    expect(warnings).toEqual([
      expect.stringMatching(/^The app's record on item 7 is not valid \(.+\); it is ignored$/),
    ]);
  });
});
