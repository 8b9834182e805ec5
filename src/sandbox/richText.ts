import { escapeHtml } from '../core/html.ts';
/** One line of item text as the board shows it: plain text, bold when all of it is bold. */
export type RichLine = { text: string; bold: boolean };

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|([^<]+)|(<)/g;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return codePoint(parseInt(name.slice(2), 16), entity);
    if (name.startsWith('#')) return codePoint(parseInt(name.slice(1), 10), entity);
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}

function codePoint(value: number, fallback: string): string {
  return Number.isFinite(value) && value > 0 && value <= 0x10ffff
    ? String.fromCodePoint(value)
    : fallback;
}

/**
 * The lines of an item's HTML content, read as text: `<p>` and `<br>` break lines, `<strong>`
 * and `<b>` make bold, every other tag vanishes. Nothing of it is ever treated as markup.
 */
export function contentToLines(content: string): RichLine[] {
  const lines: RichLine[] = [];
  let text = '';
  let boldChars = 0;
  let plainChars = 0;
  let boldDepth = 0;
  let open = false;
  const endLine = () => {
    lines.push({ text, bold: boldChars > 0 && plainChars === 0 });
    text = '';
    boldChars = 0;
    plainChars = 0;
    open = false;
  };
  for (const match of content.matchAll(TOKEN)) {
    const [, closing, tagName, chunk, stray] = match;
    if (tagName !== undefined) {
      const tag = tagName.toLowerCase();
      if (tag === 'br') endLine();
      else if (tag === 'p' && closing) {
        if (open || text !== '') endLine();
      } else if (tag === 'p') {
        if (text !== '') endLine();
        open = true;
      } else if (tag === 'strong' || tag === 'b')
        boldDepth = Math.max(0, boldDepth + (closing ? -1 : 1));
      continue;
    }
    const piece = decodeEntities(chunk ?? stray ?? '');
    text += piece;
    const visible = piece.replace(/\s/g, '').length;
    if (boldDepth > 0) boldChars += visible;
    else plainChars += visible;
    open = true;
  }
  if (open || text !== '') endLine();
  return lines;
}

export function contentToPlainText(content: string): string {
  return contentToLines(content)
    .map((line) => line.text)
    .join('\n');
}

/** Typed text as item content: one `<p>` per line, every character escaped. */
export function textToContent(text: string): string {
  const trimmed = text.replace(/\s+$/, '');
  if (trimmed === '') return '';
  return trimmed
    .split(/\r?\n/)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}
