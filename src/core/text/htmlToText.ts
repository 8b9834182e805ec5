import { decodeEntities } from './htmlEntities.ts';

/** Elements whose content is never shown as text. */
const RAW_TEXT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);
/** Elements that start and end a line of their own. */
const BLOCK = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'tr',
  'table',
  'section',
  'article',
  'header',
  'footer',
]);

type Tag = { name: string; closing: boolean; end: number };

/** `[a-zA-Z0-9-]`, by code, as this runs for every character of every tag name. */
function isNameCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2d
  );
}

/** Text between tags on one line: line breaks as spaces, entities decoded; the regular expressions only where they can change something. */
function textBetweenTags(text: string): string {
  const oneLine = text.includes('\n') || text.includes('\r') ? text.replace(/[\r\n]+/g, ' ') : text;
  return oneLine.includes('&') ? decodeEntities(oneLine) : oneLine;
}

/** Reads the tag that starts at `start` (a `<`), quotes in attributes included; null if it never ends. */
function readTag(html: string, start: number): Tag | null {
  let i = start + 1;
  const closing = html[i] === '/';
  if (closing) i += 1;
  const nameStart = i;
  while (i < html.length && isNameCode(html.charCodeAt(i))) i += 1;
  const name = html.slice(nameStart, i).toLowerCase();
  let quote: string | null = null;
  for (; i < html.length; i += 1) {
    const char = html[i];
    if (quote !== null) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return { name, closing, end: i + 1 };
  }
  return null;
}

/** Where the raw text that starts at `from` ends; `lower` is the whole of `html` in lower case. */
function skipRawText(html: string, lower: string, name: string, from: number): number {
  const close = lower.indexOf(`</${name}`, from);
  if (close < 0) return html.length;
  const end = html.indexOf('>', close);
  return end < 0 ? html.length : end + 1;
}

/**
 * The visible text of a piece of board HTML: tags removed (script and style with their content),
 * paragraphs, blocks and `<br>` as line breaks, entities decoded, runs of whitespace inside a line
 * collapsed to one space, every line trimmed and blank lines at both ends dropped.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let line = '';
  const breakLine = (soft: boolean) => {
    if (soft && line.trim() === '') return;
    out.push(line);
    line = '';
  };
  // lower-cased once, when the first raw-text element needs it: once per tag made this quadratic
  let lower: string | undefined;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) line += textBetweenTags(html.slice(i, textEnd));
    if (lt < 0) break;
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (!/[a-zA-Z/!?]/.test(next)) {
      line += '<';
      i = lt + 1;
      continue;
    }
    const tag = readTag(html, lt);
    if (tag === null) break;
    i = tag.end;
    if (tag.name === 'br') breakLine(false);
    else if (BLOCK.has(tag.name)) breakLine(!tag.closing || tag.name !== 'p');
    else if (!tag.closing && RAW_TEXT.has(tag.name)) {
      // ASCII only, so every index stays where it was ('İ'.toLowerCase() is two code units)
      lower ??= html.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
      i = skipRawText(html, lower, tag.name, i);
    }
  }
  out.push(line);
  const lines = out.map((text) => text.replace(/\s+/g, ' ').trim());
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}
