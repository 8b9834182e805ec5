/**
 * Board text made safe for one line of GitHub-flavoured Markdown (a heading, a list item or a
 * table cell): markup characters backslash-escaped, `|` as `\|` so a cell keeps its borders, an
 * `&` only where it would start an entity (`&amp;`, `&#60;`), and line breaks as " / " since no
 * HTML is written. (`!` needs no escape: the `[` of an image is escaped.) GFM also links bare
 * URLs and e-mail addresses, so the `:` of a scheme, the `.` of `www.` and every `@` are escaped.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~@]|&(?=#?\w+;)/g, (character) => `\\${character}`)
    .replace(/\b(https?|ftp|mailto|xmpp):/gi, '$1\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/\s*(?:\r\n|\r|\n)\s*/g, ' / ')
    .replace(/[\t\f\v]/g, ' ');
}

/** A list item whose own leading `-`, `+`, `1.` or `1)` would otherwise start a nested list. */
export function markdownListItem(text: string): string {
  const escaped = markdownText(text).replace(
    /^(\s*)([-+]|\d+[.)])/,
    (_, space: string, marker: string) => `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`,
  );
  return `- ${escaped}`;
}

/** A table; `align` gives each column's alignment, left when missing. Cells are escaped here. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('left' | 'right')[] = [],
): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, index) => (align[index] === 'right' ? '---:' : '---'));
  return [
    line(header.map(markdownText)),
    line(rule),
    ...rows.map((row) => line(row.map((cell) => markdownText(cell) || ' '))),
  ];
}
