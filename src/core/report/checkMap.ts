import type { Lane } from '../model/journey.schema.ts';
import { ADVISED_MAX_STAGES, ADVISED_MIN_STAGES } from '../model/template.schema.ts';
import type { Finding, MapReport, Place, StageInsight, StageRef } from './Report.ts';

/** Six months, in days: a map last changed longer ago than this before `now` is stale. */
export const STALE_AFTER_DAYS = 183;
/** The fewest notes a map needs before one stage holding most of them counts as lopsided. */
export const LOPSIDED_MIN_NOTES = 10;

const DAY_MS = 24 * 60 * 60 * 1000;

type Analysis = Omit<MapReport, 'findings'>;

function stageRef({ stageId, stageName }: StageInsight): StageRef {
  return { stageId, stageName };
}

function cell(stage: StageInsight, lane: Lane | undefined): Place {
  return lane ? { ...stageRef(stage), laneId: lane.id, laneName: lane.name } : stageRef(stage);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** “A”, “A” and “B”, “A”, “B” and “C”. */
function quoted(names: readonly string[]): string {
  const all = names.map((name) => `“${name}”`);
  const last = all.pop();
  return all.length === 0 ? (last ?? '') : `${all.join(', ')} and ${last}`;
}

/** “A” has …; “A” and “B” have … */
function stagesHave(stages: readonly StageInsight[], what: string): string {
  const verb = stages.length === 1 ? 'has' : 'have';
  return `${quoted(stages.map((stage) => stage.stageName))} ${verb} ${what}.`;
}

function personaFindings({ map }: Analysis): Finding[] {
  if (map.persona && map.persona.name.trim() !== '') return [];
  return [
    {
      id: 'noPersona',
      message: 'The map has no named persona.',
      where: [],
      advice:
        'Name the one kind of customer this journey belongs to, with their role, goals and ' +
        'frustrations — not an "average customer".',
    },
  ];
}

function stageCountFindings({ map }: Analysis): Finding[] {
  const count = map.stages.length;
  if (count < ADVISED_MIN_STAGES)
    return [
      {
        id: 'tooFewStages',
        message: `The map has ${plural(count, 'stage')}; a journey usually needs ${ADVISED_MIN_STAGES} to ${ADVISED_MAX_STAGES}.`,
        where: [],
        advice: 'Split the broad stages so each one is a step the customer would recognise.',
      },
    ];
  if (count > ADVISED_MAX_STAGES)
    return [
      {
        id: 'tooManyStages',
        message: `The map has ${count} stages; more than ${ADVISED_MAX_STAGES} is hard to read.`,
        where: [],
        advice: 'Merge neighbouring stages, or move the detail into a separate map.',
      },
    ];
  return [];
}

function emotionFindings({ map, stages }: Analysis): Finding[] {
  const lane = map.lanes.find((l) => l.kind === 'emotions');
  if (!lane)
    return [
      {
        id: 'stageWithoutEmotion',
        message: 'The map has no emotions lane, so it shows no emotion curve.',
        where: [],
        advice: 'Add an emotions lane and score how the customer feels at every stage, −2 to +2.',
      },
    ];
  const unscored = stages.filter((stage) => stage.emotionNotes.length === 0);
  if (unscored.length === 0) return [];
  return [
    {
      id: 'stageWithoutEmotion',
      message: stagesHave(unscored, 'no scored emotion'),
      where: unscored.map((stage) => cell(stage, lane)),
      advice: 'Add a note to the emotions lane with a score (+2 … −2) or an emoji.',
    },
  ];
}

/**
 * The scores of the emotion curve, as every other view has them; only once something is scored:
 * with no scores at all, stageWithoutEmotion already says it.
 */
function negativeEmotionFindings({ stages }: Analysis): Finding[] {
  const scores = stages.flatMap((stage) => stage.emotionNotes.map((note) => note.score));
  if (scores.length === 0 || scores.some((score) => score < 0)) return [];
  return [
    {
      id: 'noNegativeEmotion',
      message: 'No stage records a negative emotion.',
      where: [],
      advice:
        'Look for the lows — waiting, confusion, frustration — and score them; they are where ' +
        'the journey can improve.',
    },
  ];
}

function touchpointFindings({ map, stages }: Analysis): Finding[] {
  const lanes = map.lanes.filter((l) => l.kind === 'touchpoints');
  if (lanes.length === 0)
    return [
      {
        id: 'stageWithoutTouchpoint',
        message: 'The map has no touchpoints lane.',
        where: [],
        advice:
          'Add a touchpoints lane and note where the customer meets the business at each stage.',
      },
    ];
  const without = stages.filter((stage) => lanes.every((lane) => stage.noteCounts[lane.id] === 0));
  if (without.length === 0) return [];
  return [
    {
      id: 'stageWithoutTouchpoint',
      message: stagesHave(without, 'no touchpoint'),
      where: without.map((stage) => cell(stage, lanes[0])),
      advice: 'Note where the customer meets the business there: an ad, the app, a call, a store.',
    },
  ];
}

/** The stages whose pain points have no opportunity note in that stage, with their counts. */
function painPointFindings({ stages, unansweredPainPoints }: Analysis): Finding[] {
  const counted = stages.flatMap((stage) => {
    const count = unansweredPainPoints.filter((p) => p.stageId === stage.stageId).length;
    return count === 0 ? [] : [{ stage, count }];
  });
  if (counted.length === 0) return [];
  const total = counted.reduce((sum, { count }) => sum + count, 0);
  const places = counted.map(({ stage, count }) => `“${stage.stageName}” (${count})`);
  return [
    {
      id: 'painPointWithoutOpportunity',
      message: `${plural(total, 'pain point')} ${total === 1 ? 'has' : 'have'} no opportunity in ${counted.length === 1 ? 'its stage' : 'their stages'}: ${places.join(', ')}.`,
      where: counted.map(({ stage }) => stageRef(stage)),
      advice: 'Add at least one opportunity that answers each pain point of these stages.',
    },
  ];
}

function staleFindings({ map }: Analysis, now: string): Finding[] {
  if (map.modifiedAt === null) return [];
  const ageDays = (Date.parse(now) - Date.parse(map.modifiedAt)) / DAY_MS;
  if (!(ageDays > STALE_AFTER_DAYS)) return [];
  return [
    {
      id: 'stale',
      message: `The map was last changed ${Math.floor(ageDays)} days ago.`,
      where: [],
      advice: 'Review the map with fresh research at least every six months.',
    },
  ];
}

/**
 * A map is lopsided when it has at least LOPSIDED_MIN_NOTES notes and one stage holds more than
 * half of them (the finding names that stage), or else when it has notes and more than half of
 * its stages hold none (the finding names those). At most one lopsided finding per map.
 */
function lopsidedFindings({ stages }: Analysis): Finding[] {
  const total = stages.reduce((sum, stage) => sum + noteCount(stage), 0);
  if (total === 0) return [];
  const crowded = stages.find((stage) => noteCount(stage) * 2 > total);
  if (total >= LOPSIDED_MIN_NOTES && crowded)
    return [
      {
        id: 'lopsided',
        message: `“${crowded.stageName}” holds ${noteCount(crowded)} of the map’s ${total} notes.`,
        where: [stageRef(crowded)],
        advice: 'Fill in the other stages, or split this one into several.',
      },
    ];
  const empty = stages.filter((stage) => noteCount(stage) === 0);
  if (empty.length * 2 > stages.length)
    return [
      {
        id: 'lopsided',
        message: `${empty.length} of the map’s ${stages.length} stages have no notes: ${quoted(empty.map((stage) => stage.stageName))}.`,
        where: empty.map(stageRef),
        advice: 'Fill in the empty stages, or remove the ones the journey does not need.',
      },
    ];
  return [];
}

function noteCount(stage: StageInsight): number {
  return Object.values(stage.noteCounts).reduce((sum, count) => sum + count, 0);
}

/** The failed health checks of an analysed map, at most one per check, in the checks' order. */
export function checkMap(analysis: Analysis, now: string): Finding[] {
  return [
    ...personaFindings(analysis),
    ...stageCountFindings(analysis),
    ...emotionFindings(analysis),
    ...negativeEmotionFindings(analysis),
    ...touchpointFindings(analysis),
    ...painPointFindings(analysis),
    ...staleFindings(analysis, now),
    ...lopsidedFindings(analysis),
  ];
}
