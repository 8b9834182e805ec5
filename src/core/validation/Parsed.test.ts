import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { accepted, BoundaryError, refused, refusedByIssues } from './Parsed.ts';

describe('Parsed', () => {
  it('holds an accepted value with its warnings', () => {
    expect(accepted(3, ['read as 0'])).toEqual({ ok: true, value: 3, warnings: ['read as 0'] });
  });

  it('refuses with one BoundaryError saying where the input is wrong', () => {
    const result = refused('At items.0.id: duplicate id 7');
    expect(result.error).toBeInstanceOf(BoundaryError);
    expect(result.error).toMatchObject({
      reason: 'invalid',
      message: 'At items.0.id: duplicate id 7',
    });
  });

  it('describes zod issues by their path, after a prefix', () => {
    const error = z.object({ id: z.string() }).safeParse({ id: 7 }).error;
    if (!error) throw new Error('expected an error');
    expect(refusedByIssues(error, 'Invalid board state: ').error.message).toMatchInlineSnapshot(
      `"Invalid board state: At id: Invalid input: expected string, received number"`,
    );
  });
});
