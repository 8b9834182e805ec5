import type { Report } from '../Report.ts';
import { markdownListItem, markdownTable, markdownText } from './markdownText.ts';
import { reportDocument, type Block } from './reportDocument.ts';

/**
 * The report as GitHub-flavoured Markdown, section by section as `reportDocument` orders it; the
 * emotion curve is its table. Board text is escaped, so it shows as written and never as links,
 * headings or HTML.
 */
export function renderMarkdown(report: Report): string {
  const document = reportDocument(report);
  const blocks: string[][] = [
    [`# ${markdownText(document.title)}`],
    [`${markdownText(document.about)} · ${markdownText(document.date)}`],
  ];
  if (document.empty !== null) blocks.push([markdownText(document.empty)]);
  for (const section of document.sections)
    for (const block of section.blocks) {
      const lines = markdownBlock(block);
      if (lines.length > 0) blocks.push(lines);
    }
  return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`;
}

function markdownBlock(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${'#'.repeat(block.level)} ${markdownText(block.text)}`];
    case 'footer':
      return [markdownText(block.text)];
    case 'paragraph':
      // Two trailing spaces: GitHub's hard line break.
      return block.lines.map((line, index) => {
        const text = markdownText(line.text);
        const written = line.label ? `**${markdownText(line.label)}:** ${text}` : text;
        return index < block.lines.length - 1 ? `${written}  ` : written;
      });
    case 'table':
      return markdownTable(
        block.columns.map((column) => column.title),
        block.rows,
        block.columns.map((column) => column.align),
      );
    case 'list':
      return block.items.map((item) => {
        const text =
          item.label === undefined
            ? markdownListItem(item.text)
            : `- **${markdownText(item.label)}:** ${markdownText(item.text)}`;
        return item.advice === undefined ? text : `${text} — ${markdownText(item.advice)}`;
      });
    case 'curve':
    case 'grid':
      return [];
  }
}
