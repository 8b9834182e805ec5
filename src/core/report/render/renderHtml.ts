import { escapeHtml } from '../../text/htmlEntities.ts';
import type { Report } from '../Report.ts';
import { emotionCurveSvg } from './emotionCurveSvg.ts';
import { mapGridSvg } from './mapGridSvg.ts';
import { reportDocument, type Block } from './reportDocument.ts';
import { REPORT_STYLES } from './reportStyles.ts';

/** No script, no outside request: only the inline stylesheet and data: images may load. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * The report as one standalone, print-ready HTML document: the sections of `reportDocument`,
 * with a picture of each map's grid and its emotion curve as inline SVG. Every board text is escaped; the page has no script.
 */
export function renderHtml(report: Report): string {
  const document = reportDocument(report);
  const title = escapeHtml(document.title);
  const generatedAt = escapeHtml(document.generatedAt);
  const about = escapeHtml(document.about);
  const body = [
    '<header>',
    `<h1>${breakable(document.title)}</h1>`,
    `<p class="meta">${about} · <time datetime="${generatedAt}">${breakable(document.date)}</time></p>`,
    '</header>',
    ...(document.empty === null ? [] : [`<p>${escapeHtml(document.empty)}</p>`]),
    ...document.sections.map((section) =>
      [`<section class="${section.kind}">`, ...section.blocks.map(htmlBlock), '</section>'].join(
        '\n',
      ),
    ),
  ];
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${title}</title>`,
    `<style>${REPORT_STYLES}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Characters of a word before a line may break inside it. */
const WORD_BREAK_EVERY = 16;

/**
 * Escaped text whose words longer than WORD_BREAK_EVERY may break: a `<wbr>` every so many
 * characters. Shorter words never break, so a table column is never narrower than its words.
 */
function breakable(value: string): string {
  return value
    .split(/(\s+)/u)
    .map((part) =>
      [...part].length <= WORD_BREAK_EVERY
        ? escapeHtml(part)
        : (part.match(new RegExp(`.{1,${WORD_BREAK_EVERY}}`, 'gsu')) ?? [])
            .map(escapeHtml)
            .join('<wbr>'),
    )
    .join('');
}

function htmlBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${breakable(block.text)}</h${block.level}>`;
    case 'footer':
      return `<footer class="meta">${breakable(block.text)}</footer>`;
    case 'paragraph': {
      const lines = block.lines.map((line) =>
        line.label
          ? `<strong>${breakable(line.label)}:</strong> ${breakable(line.text)}`
          : breakable(line.text),
      );
      return block.boxed
        ? ['<div class="persona">', ...lines.map((line) => `<p>${line}</p>`), '</div>'].join('\n')
        : `<p>${lines.join('<br>')}</p>`;
    }
    case 'table': {
      const numeric = block.columns.map((column) => column.align === 'right');
      const cell = (tag: 'th' | 'td', text: string, index: number) =>
        `<${tag}${tag === 'th' ? ' scope="col"' : ''}${numeric[index] ? ' class="number"' : ''}>${breakable(text)}</${tag}>`;
      return [
        '<table>',
        `<thead><tr>${block.columns.map((column, i) => cell('th', column.title, i)).join('')}</tr></thead>`,
        '<tbody>',
        ...block.rows.map(
          (row) => `<tr>${row.map((text, i) => cell('td', text, i)).join('')}</tr>`,
        ),
        '</tbody>',
        '</table>',
      ].join('\n');
    }
    case 'list':
      return [
        '<ul>',
        ...block.items.map((item) => {
          const label =
            item.label === undefined ? '' : `<strong>${breakable(item.label)}:</strong> `;
          const advice =
            item.advice === undefined
              ? ''
              : ` <span class="advice">— ${breakable(item.advice)}</span>`;
          return `<li>${label}${breakable(item.text)}${advice}</li>`;
        }),
        '</ul>',
      ].join('\n');
    case 'curve':
      return emotionCurveSvg(block.curve, block.title);
    case 'grid':
      return mapGridSvg(block.map, block.title);
  }
}
