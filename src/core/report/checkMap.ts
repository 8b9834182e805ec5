import type { Lane } from '../model/journey.schema.ts';
import type { Finding, LaneRef, MapReport, StageInsight, StageRef } from './Report.ts';

export const MIN_STAGES = 5;
export const MAX_STAGES = 10;
/** Six months, in days: a map last changed longer ago than this before `now` is stale. */
export const STALE_AFTER_DAYS = 183;
/** The fewest notes a map needs before one stage holding most of them counts as lopsided. */
export const LOPSIDED_MIN_NOTES = 10;

const DAY_MS = 24 * 60 * 60 * 1000;

type Analysis = Omit<MapReport, 'findings'>;

function stageRef({ stageId, stageName }: StageInsight): StageRef {
  return { stageId, stageName };
}

function laneRef(lane: Lane | undefined): Partial<LaneRef> {
  return lane ? { laneId: lane.id, laneName: lane.name } : {};
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function personaFindings({ map }: Analysis): Finding[] {
  if (map.persona && map.persona.name.trim() !== '') return [];
  return [
    {
      id: 'noPersona',
      message: 'The map has no named persona.',
      where: null,
      advice:
        'Name the one kind of customer this journey belongs to, with their role, goals and ' +
        'frustrations — not an "average customer".',
    },
  ];
}

function stageCountFindings({ map }: Analysis): Finding[] {
  const count = map.stages.length;
  if (count < MIN_STAGES)
    return [
      {
        id: 'tooFewStages',
        message: `The map has ${plural(count, 'stage')}; a journey usually needs ${MIN_STAGES} to ${MAX_STAGES}.`,
        where: null,
        advice: 'Split the broad stages so each one is a step the customer would recognise.',
      },
    ];
  if (count > MAX_STAGES)
    return [
      {
        id: 'tooManyStages',
        message: `The map has ${count} stages; more than ${MAX_STAGES} is hard to read.`,
        where: null,
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
        where: null,
        advice: 'Add an emotions lane and score how the customer feels at every stage, −2 to +2.',
      },
    ];
  return stages
    .filter((stage) => stage.scoredNotes === 0)
    .map((stage) => ({
      id: 'stageWithoutEmotion',
      message: `“${stage.stageName}” has no scored emotion.`,
      where: { ...stageRef(stage), ...laneRef(lane) },
      advice: 'Add a note to the emotions lane with a score (+2 … −2) or an emoji.',
    }));
}

/** Only once something is scored: with no scores at all, stageWithoutEmotion already says it. */
function negativeEmotionFindings({ map }: Analysis): Finding[] {
  const scores = map.notes.flatMap((note) => (note.emotion === null ? [] : [note.emotion]));
  if (scores.length === 0 || scores.some((score) => score < 0)) return [];
  return [
    {
      id: 'noNegativeEmotion',
      message: 'No stage records a negative emotion.',
      where: null,
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
        where: null,
        advice:
          'Add a touchpoints lane and note where the customer meets the business at each stage.',
      },
    ];
  return stages
    .filter((stage) => lanes.every((lane) => stage.noteCounts[lane.id] === 0))
    .map((stage) => ({
      id: 'stageWithoutTouchpoint',
      message: `“${stage.stageName}” has no touchpoint.`,
      where: { ...stageRef(stage), ...laneRef(lanes[0]) },
      advice: 'Note where the customer meets the business here: an ad, the app, a call, a store.',
    }));
}

/** One finding per stage whose pain points have no opportunity note in that stage. */
function painPointFindings({ stages, unansweredPainPoints }: Analysis): Finding[] {
  return stages.flatMap((stage) => {
    const count = unansweredPainPoints.filter((p) => p.stageId === stage.stageId).length;
    if (count === 0) return [];
    return [
      {
        id: 'painPointWithoutOpportunity' as const,
        message: `“${stage.stageName}” has ${plural(count, 'pain point')} and no opportunity.`,
        where: stageRef(stage),
        advice: 'Add at least one opportunity that answers each pain point of this stage.',
      },
    ];
  });
}

function staleFindings({ map }: Analysis, now: string): Finding[] {
  if (map.modifiedAt === null) return [];
  const ageDays = (Date.parse(now) - Date.parse(map.modifiedAt)) / DAY_MS;
  if (!(ageDays > STALE_AFTER_DAYS)) return [];
  return [
    {
      id: 'stale',
      message: `The map was last changed ${Math.floor(ageDays)} days ago.`,
      where: null,
      advice: 'Review the map with fresh research at least every six months.',
    },
  ];
}

/**
 * A map is lopsided when it has at least LOPSIDED_MIN_NOTES notes and one stage holds more than
 * half of them (the finding names that stage), or else when it has notes and more than half of
 * its stages hold none. At most one lopsided finding per map.
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
        where: stageRef(crowded),
        advice: 'Fill in the other stages, or split this one into several.',
      },
    ];
  const empty = stages.filter((stage) => noteCount(stage) === 0).length;
  if (empty * 2 > stages.length)
    return [
      {
        id: 'lopsided',
        message: `${empty} of the map’s ${stages.length} stages have no notes.`,
        where: null,
        advice: 'Fill in the empty stages, or remove the ones the journey does not need.',
      },
    ];
  return [];
}

function noteCount(stage: StageInsight): number {
  return Object.values(stage.noteCounts).reduce((sum, count) => sum + count, 0);
}

/** The failed health checks of an analysed map, by check and then in stage order. */
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
