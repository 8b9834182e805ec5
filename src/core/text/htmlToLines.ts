import { decodeEntities } from './htmlEntities.ts';

/** One line of item text as the board shows it: plain text, bold when all of it is bold. */
export type RichLine = { text: string; bold: boolean };

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|([^<]+)|(<)/g;

/**
 * The lines of an item's HTML content as the board shows them: `<p>` and `<br>` break lines,
 * `<strong>` and `<b>` make bold, every other tag vanishes, whitespace is kept. Nothing of it is
 * ever treated as markup.
 */
export function htmlToLines(content: string): RichLine[] {
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

/** The content's lines as the text a person edits: one line of text per shown line. */
export function htmlToEditableText(content: string): string {
  return htmlToLines(content)
    .map((line) => line.text)
    .join('\n');
}
