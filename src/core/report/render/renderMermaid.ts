import type { Note } from '../../model/journey.schema.ts';
import { UNTITLED_MAP } from '../mapTitle.ts';
import type { MapReport, Report } from '../Report.ts';
import { shortenName } from '../../text/shortenName.ts';

const TITLE_CHARACTERS = 60;
const SECTION_CHARACTERS = 40;
const TASK_CHARACTERS = 40;
/** Mermaid's journey scores run 1–5; the middle one draws a neutral face. */
const NEUTRAL_SCORE = 3;
const NOTHING_NOTED = 'Nothing noted';
const UNSCORED_COMMENT = `    %% no emotion score at this stage: drawn as neutral (${NEUTRAL_SCORE})`;
/** Words the journey grammar reads as a keyword at the start of a line. */
const KEYWORD = /^(?:journey|title|section|accTitle|accDescr)\b/i;

/**
 * One Mermaid `journey` diagram per map, separated by a blank line (Mermaid tools read one
 * diagram a file: pick a map to get exactly one). A section per stage, in order; its tasks are
 * the stage's actions, each scored 1–5 (the −2..+2 scale + 3) by the note's own emotion, else by
 * the stage's (a map without an emotions lane has no scores at all). Mermaid draws no section without a task, so a stage with nothing to tell gets one
 * that says so, and a stage with no score is drawn neutral with a comment that says why.
 */
export function renderMermaid(report: Report): string {
  const diagrams = report.maps.map(mermaidJourney);
  if (diagrams.length === 0) return 'journey\n  title No journey maps\n';
  return diagrams.join('\n');
}

export function mermaidJourney(report: MapReport): string {
  const { map } = report;
  const actor = mermaidName(map.persona?.name ?? '', 'Customer').replaceAll(',', ' ');
  const title = shortenName(mermaidName(map.title, UNTITLED_MAP), TITLE_CHARACTERS);
  const lines = ['journey', `  title ${title}`];
  const actions = actionNotes(report);
  // DESIGN §1: without an emotions lane a map has no curve, so no note's own score draws one
  const recordsEmotion = map.lanes.some((lane) => lane.kind === 'emotions');
  for (const stage of report.stages) {
    const section = mermaidName(stage.stageName, 'Untitled stage');
    lines.push(`  section ${shortenName(section, SECTION_CHARACTERS)}`);
    const stageScore = stage.emotionMean === null ? null : journeyScore(stage.emotionMean);
    const tasks = actions.filter((note) => note.stageId === stage.stageId);
    const scores = tasks.map((note) =>
      note.emotion === null || !recordsEmotion ? stageScore : journeyScore(note.emotion),
    );
    if (tasks.length === 0) scores.push(stageScore);
    if (stageScore === null && scores.includes(null)) lines.push(UNSCORED_COMMENT);
    const names = tasks.length === 0 ? [NOTHING_NOTED] : tasks.map((note) => note.text);
    for (const [index, name] of names.entries()) {
      const task = shortenName(mermaidName(name, 'Untitled'), TASK_CHARACTERS);
      lines.push(`    ${task}: ${scores[index] ?? NEUTRAL_SCORE}: ${actor}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The notes of the map's actions lanes; a map without one tells its first lane instead. */
function actionNotes({ map }: MapReport): Note[] {
  const actionLanes = map.lanes.filter((lane) => lane.kind === 'actions');
  const told = actionLanes.length > 0 ? actionLanes : map.lanes.slice(0, 1);
  const laneIds = new Set(told.map((lane) => lane.id));
  return map.notes.filter((note) => laneIds.has(note.laneId));
}

/** −2..+2 onto 1–5, a half rounded away from neutral so that −0.5 and +0.5 mirror each other. */
function journeyScore(emotion: number): number {
  return NEUTRAL_SCORE + Math.sign(emotion) * Math.round(Math.abs(emotion));
}

/**
 * A name that stays one token of the journey grammar: no `:`, `#`, `;`, `%`, braces or line
 * breaks, spaces collapsed and trimmed, a leading keyword quoted; `fallback` when nothing is
 * left. A single `%` matters too: the grammar reads `x%` at the start of a token as a comment.
 */
export function mermaidName(text: string, fallback = 'Untitled'): string {
  const cleaned = text
    .replace(/%+/g, (percents) => (percents.length === 1 ? ' percent ' : ' '))
    .replace(/[:#;{}]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned === '') return fallback;
  return KEYWORD.test(cleaned) ? `“${cleaned}”` : cleaned;
}
