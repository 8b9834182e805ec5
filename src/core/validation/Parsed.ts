import type * as z from 'zod/mini';
import { describeIssues } from './describeIssues.ts';

/** Why input was refused: it is not JSON at all, or JSON that is not what was expected. */
export type BoundaryReason = 'notJson' | 'invalid';

/** The one error for input refused where it enters; `message` names where it is wrong. */
export class BoundaryError extends Error {
  override name = 'BoundaryError';
  constructor(
    readonly reason: BoundaryReason,
    message: string,
  ) {
    super(message);
  }
}

export type Refused = { ok: false; error: BoundaryError };

/** What reading input at a boundary gives: the value with what was read as a default, or why not. */
export type Parsed<T> = { ok: true; value: T; warnings: string[] } | Refused;

export function accepted<T>(value: T, warnings: string[] = []): Parsed<T> {
  return { ok: true, value, warnings };
}

/** `message` says where the input is wrong, as `describeIssues` does: `At items.2.id: …`. */
export function refused(message: string, reason: BoundaryReason = 'invalid'): Refused {
  return { ok: false, error: new BoundaryError(reason, message) };
}

/** The zod issues as one message, after `prefix` (such as `Invalid board state: `). */
export function refusedByIssues(error: z.core.$ZodError, prefix = ''): Refused {
  return refused(`${prefix}${describeIssues(error)}`);
}
