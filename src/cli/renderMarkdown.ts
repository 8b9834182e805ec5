import type { JourneyMap, Note } from '../core/model/journey.schema.ts';
import { formatEmotionMean } from '../core/model/formatEmotionMean.ts';
import type { ReadbackResult } from './ReadbackResult.ts';

/**
 * A GitHub-flavoured Markdown summary: per map its structure, a lanes × stages table of note
 * counts, the mean emotion per stage and the unplaced notes; then the warnings. Board text is
 * escaped, so it shows as written and never as markup.
 */
export function renderMarkdown(result: ReadbackResult): string {
  const blocks: string[][] = [['# Journey maps']];
  if (result.maps.length === 0) blocks.push(['No journey maps found on the board.']);
  for (const map of result.maps) blocks.push(...mapBlocks(map));
  if (result.warnings.length > 0) blocks.push(['## Warnings'], result.warnings.map(listItem));
  return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`;
}

function mapBlocks(map: JourneyMap): string[][] {
  const structure = map.structure === 'app' ? 'recorded by the app' : 'inferred from labels';
  const blocks: string[][] = [
    [`## ${inline(map.title.trim() || 'Untitled map')}`],
    [
      `Frame ${map.id} · structure ${structure} · ${plural(map.notes.length, 'note')} placed, ${map.unplaced.length} unplaced`,
    ],
  ];
  const persona = map.persona;
  if (persona && persona.name.trim() !== '')
    blocks.push([`Persona: ${inline([persona.name, persona.role].filter(Boolean).join(', '))}`]);
  if (map.stages.length > 0 && map.lanes.length > 0) {
    blocks.push(['### Notes per stage and lane'], countTable(map));
    blocks.push(['### Emotion per stage'], emotionTable(map));
  }
  if (map.unplaced.length > 0)
    blocks.push(
      ['### Unplaced notes'],
      table(
        ['Note', 'Text', 'Reason'],
        map.unplaced.map((note) => [note.id, note.text, note.reason]),
      ),
    );
  return blocks;
}

function countTable(map: JourneyMap): string[] {
  const rows = map.lanes.map((lane) => [
    lane.name,
    ...map.stages.map((stage) =>
      String(map.notes.filter((n) => n.laneId === lane.id && n.stageId === stage.id).length),
    ),
  ]);
  return table(['Lane', ...map.stages.map((stage) => stage.name)], rows, 'right');
}

/** Scores of the emotions lane; a map without one has its scored notes anywhere counted. */
function emotionTable(map: JourneyMap): string[] {
  const emotionLanes = new Set(
    map.lanes.filter((lane) => lane.kind === 'emotions').map((lane) => lane.id),
  );
  const counted = (note: Note) => emotionLanes.size === 0 || emotionLanes.has(note.laneId);
  const rows = map.stages.map((stage) => {
    const scores = map.notes
      .filter((note) => note.stageId === stage.id && counted(note))
      .flatMap((note) => (note.emotion === null ? [] : [note.emotion]));
    return [stage.name, formatMean(scores), String(scores.length)];
  });
  return table(['Stage', 'Emotion (mean)', 'Scored notes'], rows, 'right');
}

/** The mean of the scores, formatted like the scale; `—` for no score. */
export function formatMean(scores: readonly number[]): string {
  return formatEmotionMean(
    scores.length === 0 ? null : scores.reduce((sum, score) => sum + score, 0) / scores.length,
  );
}

/** Columns after the first are aligned as `align` says. */
function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: 'left' | 'right' = 'left',
): string[] {
  const rule = header.map((_, index) => (index > 0 && align === 'right' ? '---:' : '---'));
  return [header, rule, ...rows].map(
    (cells, index) => `| ${cells.map((cell) => (index === 1 ? cell : inline(cell))).join(' | ')} |`,
  );
}

/**
 * Text safe inside a table cell or a heading: the characters that make inline markup (links,
 * emphasis, code, HTML, entities, cell borders) backslash-escaped, line breaks as `<br>`.
 */
export function inline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~&!]/g, (character) => `\\${character}`)
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** A list item of `text`, whose own leading `-`, `+` or `1.` would otherwise start a new list. */
export function listItem(text: string): string {
  const escaped = inline(text).replace(
    /^(\s*)([-+]|\d+[.)])/,
    (_, space: string, marker: string) => `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`,
  );
  return `- ${escaped}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
