import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssues } from './describeIssues.ts';

describe('describeIssues', () => {
  it('names the path of each issue', () => {
    const schema = z.object({
      stages: z.array(z.object({ name: z.string().min(1, 'must not be empty') })),
    });
    const result = schema.safeParse({ stages: [{ name: 'a' }, { name: '' }] });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(describeIssues(result.error)).toMatchInlineSnapshot(
        `"At stages.1.name: must not be empty"`,
      );
  });

  it('says how many issues it left out', () => {
    const result = z.array(z.number()).safeParse(['a', 'b', 'c', 'd']);
    if (result.success) throw new Error('expected failure');
    expect(describeIssues(result.error, 2)).toMatch(/; and 2 more$/);
  });
});
