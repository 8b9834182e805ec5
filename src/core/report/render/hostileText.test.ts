import { describe, expect, it } from 'vitest';
import { HOSTILE_TEXTS, hostileReport } from '../../../test/hostileText.ts';
import { parseCsv } from '../../../test/parseCsv.ts';
import { renderCsv } from './renderCsv.ts';
import { renderHtml } from './renderHtml.ts';
import { renderJson } from './renderJson.ts';
import { renderMarkdown } from './renderMarkdown.ts';
import { renderMermaid } from './renderMermaid.ts';
import { ReportJson } from './reportJson.schema.ts';

const report = hostileReport();

/** Cells of a Markdown table row, split at the pipes a backslash does not escape. */
function tableCells(line: string): number {
  return line.split(/(?<!\\)(?:\\\\)*\|/).length;
}

describe('hostile board text', () => {
  it('keeps every Markdown table row to its header’s column count', () => {
    const lines = renderMarkdown(report).split('\n');
    let columns = 0;
    for (const [index, line] of lines.entries()) {
      if (!line.startsWith('|')) continue;
      if (!lines[index - 1]?.startsWith('|')) columns = tableCells(line);
      expect(tableCells(line), line.slice(0, 80)).toBe(columns);
    }
    expect(columns).toBeGreaterThan(0);
  });

  it('writes no Markdown markup from board text: no raw < [ ] ` * _ and no heading of its own', () => {
    const markdown = renderMarkdown(report);
    const unescaped = markdown
      .replace(/\\[\\`*_[\]<>#|~&!@:.)+-]/g, '')
      .replace(/\*\*[^*\n]+?:\*\*/g, ''); // the labels the report itself writes
    expect(unescaped).not.toMatch(/[<>[\]`*_]/);
    for (const line of markdown.split('\n').filter((l) => l.startsWith('#')))
      expect(line).toMatch(/^#{1,4} (?!#)/);
    expect(markdown).not.toMatch(/[\r\t]/);
  });

  it('parses back from the CSV to the same text, a formula-like cell behind a quote', () => {
    const csv = renderCsv(report);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(HOSTILE_TEXTS.length + 1);
    for (const [index, text] of HOSTILE_TEXTS.entries()) {
      const neutral = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
      expect(rows[index + 1]).toEqual([
        neutral,
        neutral,
        neutral,
        neutral,
        '-2',
        '',
        /^[=+\-@\t\r]/.test(text) ? `'${text}; ${text}` : `${text}; ${text}`,
        neutral,
        '0',
        neutral,
      ]);
    }
  });

  it('parses back from the JSON to the same text and matches the schema', () => {
    const json = JSON.parse(renderJson(report)) as unknown;
    const parsed = ReportJson.parse(json);
    expect(parsed.maps.map((map) => map.title)).toEqual(HOSTILE_TEXTS);
    expect(parsed.maps.map((map) => map.notes[0]?.text)).toEqual(HOSTILE_TEXTS);
    expect(parsed.warnings).toEqual(HOSTILE_TEXTS);
  });

  it('escapes every text in the HTML: no script, no tag, no attribute from the board', () => {
    const html = renderHtml(report);
    expect(html.toLowerCase()).not.toContain('<script');
    const markup = HOSTILE_TEXTS.filter((text) => /[<>"']/.test(text));
    expect(markup.filter((text) => html.includes(text))).toEqual([]);
    const tags = new Set([...html.matchAll(/<([a-z0-9]+)/gi)].map((match) => match[1]));
    expect([...tags].sort()).toEqual(
      [
        'body',
        'circle',
        'div',
        'footer',
        'h1',
        'h2',
        'h3',
        'h4',
        'head',
        'header',
        'html',
        'li',
        'line',
        'meta',
        'p',
        'rect',
        'section',
        'span',
        'strong',
        'style',
        'svg',
        'table',
        'tbody',
        'td',
        'text',
        'th',
        'thead',
        'time',
        'title',
        'tr',
        'ul',
        'wbr',
      ].sort(),
    );
    const attributes = [...html.matchAll(/<[a-z][^>]*>/gi)].map((match) => match[0]);
    const names = attributes.map((tag) => tag.replace(/"[^"]*"/g, '""'));
    expect(names.filter((tag) => /\son\w+=|href=|src=/i.test(tag))).toEqual([]);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('keeps each Mermaid line to the journey syntax', () => {
    for (const line of renderMermaid(report).split('\n'))
      expect(line).toMatch(
        /^(|journey| {2}title [^#:;\n%{}]+| {4}%% no emotion score at this stage: drawn as neutral \(3\)| {2}section [^#:;\n%{}]+| {4}[^#:;\n%{}]+: [1-5]: [^#:;,\n%{}]+)$/,
      );
  });
});
