import type * as z from 'zod/mini';
import './englishMessages.ts';

/** One readable line per issue, naming where: `At stages.2.name: must not be empty`. */
export function describeIssues(error: z.core.$ZodError, limit = 3): string {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `At ${path}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length - limit;
  return more > 0 ? `${lines.join('; ')}; and ${more} more` : lines.join('; ');
}
