import { accepted, refused, type Parsed } from './Parsed.ts';

/** The JSON in `text`; a syntax error names its line and column. `what` names the text. */
export function parseJsonText(text: string, what: string): Parsed<unknown> {
  try {
    return accepted<unknown>(JSON.parse(text));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return refused(`${what} is not JSON: ${syntaxErrorMessage(message, text)}`, 'notJson');
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
