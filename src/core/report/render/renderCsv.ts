import type { Report } from '../Report.ts';

const HEADER = [
  'map',
  'stage',
  'lane',
  'text',
  'emotion',
  'colour',
  'tags',
  'author',
  'votes',
  'created',
] as const;

/**
 * The notes of every map as RFC 4180 CSV, one row per placed note after a header row: UTF-8
 * with a byte-order mark, CRLF line ends. A text cell that a spreadsheet would run as a formula
 * gets a leading `'`; numeric columns (emotion, votes) are written as numbers. The emotion is
 * the note's own score (−2..+2), empty when it has none.
 */
export function renderCsv(report: Report): string {
  const rows: string[][] = [[...HEADER]];
  for (const { map } of report.maps) {
    const stageNames = new Map(map.stages.map((stage) => [stage.id, stage.name]));
    const laneNames = new Map(map.lanes.map((lane) => [lane.id, lane.name]));
    for (const note of map.notes)
      rows.push([
        textCell(map.title),
        textCell(stageNames.get(note.stageId) ?? note.stageId),
        textCell(laneNames.get(note.laneId) ?? note.laneId),
        textCell(note.text),
        note.emotion === null ? '' : String(note.emotion),
        textCell(note.color ?? ''),
        textCell(note.tags.join('; ')),
        authorCell(note.author, report.authorNames),
        String(note.votes),
        textCell(note.createdAt ?? ''),
      ]);
  }
  return `\uFEFF${rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('')}`;
}

/**
 * The author's name where `names` has one for the note's author id, else the id. A board gives
 * ids of 19 digits: a spreadsheet would read a bare id as a number and keep only 15 of its
 * digits, so an all-digit id is written as `user <id>`.
 */
export function authorCell(
  author: string | null,
  names: Readonly<Record<string, string>> = {},
): string {
  if (author === null) return '';
  const name = Object.hasOwn(names, author) ? names[author]?.trim() : undefined;
  if (name) return textCell(name);
  return /^\d+$/.test(author) ? `user ${author}` : textCell(author);
}

/** Board text that a spreadsheet shows as text: a leading `= + - @`, tab or CR gets a `'`. */
export function textCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A field quoted, its quotes doubled, when it holds a quote, a comma, a CR or an LF. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
