import { UNTITLED_MAP } from '../mapTitle.ts';
import type { MapReport, Report } from '../Report.ts';

const TASK_CHARACTERS = 40;
/** Words the journey grammar reads as a keyword at the start of a line. */
const KEYWORD = /^(?:journey|title|section|accTitle|accDescr)\b/i;

/**
 * One Mermaid `journey` diagram per map, separated by a blank line (Mermaid tools read one
 * diagram a file: pick a map to get exactly one). A section per stage; its tasks are the notes
 * its curve point is made of, scored 1–5 (the −2..+2 scale + 3). Mermaid draws no section without
 * a task, so a stage with no score is named in a comment instead. Names are cleaned so they
 * cannot break the syntax.
 */
export function renderMermaid(report: Report): string {
  const diagrams = report.maps.map(mermaidJourney);
  if (diagrams.length === 0) return 'journey\n  title No journey maps\n';
  return diagrams.join('\n');
}

export function mermaidJourney(report: MapReport): string {
  const { map } = report;
  const actor = mermaidName(map.persona?.name ?? '', 'Customer').replaceAll(',', ' ');
  const lines = ['journey', `  title ${mermaidName(map.title, UNTITLED_MAP)}`];
  const unscored: string[] = [];
  for (const stage of report.stages) {
    const section = mermaidName(stage.stageName, 'Untitled stage');
    if (stage.emotionNotes.length === 0) {
      unscored.push(section);
      continue;
    }
    lines.push(`  section ${section}`);
    for (const note of stage.emotionNotes)
      lines.push(`    ${shorten(mermaidName(note.text, 'Untitled'))}: ${note.score + 3}: ${actor}`);
  }
  if (unscored.length > 0) lines.splice(2, 0, `  %% No emotion recorded: ${unscored.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/**
 * A name that stays one token of the journey grammar: no `:`, `#`, `;`, `%%` or line breaks,
 * spaces collapsed and trimmed, a leading keyword quoted; `fallback` when nothing is left.
 */
export function mermaidName(text: string, fallback = 'Untitled'): string {
  const cleaned = text
    .replace(/%%|[:#;{}]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned === '') return fallback;
  return KEYWORD.test(cleaned) ? `“${cleaned}”` : cleaned;
}

function shorten(name: string): string {
  return name.length <= TASK_CHARACTERS ? name : `${name.slice(0, TASK_CHARACTERS - 1).trimEnd()}…`;
}
