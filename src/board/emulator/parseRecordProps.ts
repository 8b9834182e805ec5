import type { z } from 'zod';
import { describeIssues } from '../../core/validation/describeIssues.ts';

/** Parses the props of a record of `type`, throwing `Invalid <type>: At <path>: …` on failure. */
export function parseRecordProps<S extends z.ZodType>(
  schema: S,
  type: string,
  input: unknown,
): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(`Invalid ${type}: ${describeIssues(result.error)}`);
  return result.data;
}

export function pick(
  view: Record<string, unknown>,
  keys: readonly string[],
): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, view[key]]));
}
