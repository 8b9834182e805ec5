import { deepestNesting } from './deepestNesting.ts';
import { accepted, refused, type Parsed } from './Parsed.ts';

/** Far above any file this app reads (a board file is 4–6 levels deep), far below a stack's end. */
export const MAX_JSON_NESTING = 64;

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * The JSON in `text`, after a leading byte-order mark; a syntax error, or nesting deeper than
 * `MAX_JSON_NESTING` (which would overflow the stack of what reads the value), names its line
 * and column. `what` names the text.
 */
export function parseJsonText(text: string, what: string): Parsed<unknown> {
  const json = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  const deep = deepestNesting(json, MAX_JSON_NESTING);
  if (deep !== undefined)
    return refused(
      `${what} nests deeper than ${MAX_JSON_NESTING} levels at line ${deep.line} column ${deep.column}`,
    );
  try {
    return accepted<unknown>(JSON.parse(json));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return refused(`${what} is not JSON: ${syntaxErrorMessage(message, json)}`, 'notJson');
  }
}

/** Node 20 says `… in JSON at position 16`; newer engines add `(line 3 column 5)` themselves. */
function syntaxErrorMessage(message: string, text: string): string {
  const match = /^(.*?)(?: in JSON)? at position (\d+)/.exec(message);
  if (!match) return message.replace(/, ".*" is not valid JSON$/s, '');
  const [, what = message, position = '0'] = match;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${what} at line ${line} column ${column}`;
}
