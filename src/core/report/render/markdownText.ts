/**
 * Board text made safe for one line of GitHub-flavoured Markdown (a heading, a list item or a
 * table cell): markup characters backslash-escaped, `|` as `\|` so a cell keeps its borders, and
 * line breaks as " / " since no HTML is written.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~&!]/g, (character) => `\\${character}`)
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
