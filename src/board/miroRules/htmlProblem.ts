import { ALLOWED_HTML_TAGS, CONTENT_LENGTH_LIMIT } from './limits.ts';

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g;
const allowed = new Set<string>(ALLOWED_HTML_TAGS);

/** Why Miro would refuse this `content`, or undefined when it is acceptable. */
export function htmlProblem(content: string): string | undefined {
  if (content.length >= CONTENT_LENGTH_LIMIT)
    return `must be shorter than ${CONTENT_LENGTH_LIMIT} characters (got ${content.length})`;
  for (const match of content.matchAll(TAG)) {
    const tag = (match[1] ?? '').toLowerCase();
    if (!allowed.has(tag))
      return `tag <${tag}> is not allowed (allowed: ${ALLOWED_HTML_TAGS.join(', ')})`;
  }
  return undefined;
}
