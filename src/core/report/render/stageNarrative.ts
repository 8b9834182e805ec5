import type { Lane } from '../../model/journey.schema.ts';
import type { LaneKind } from '../../model/laneKind.ts';
import { formatEmotionMean } from '../../model/formatEmotionMean.ts';
import type { MapReport, StageInsight } from '../Report.ts';
import type { Block, ListItem } from './reportDocument.ts';

/** How a stage's story names what a lane holds; kinds not here go by the lane's own name. */
const NARRATIVE_LABELS: Partial<Record<LaneKind, string>> = {
  actions: 'Does',
  goals: 'Wants',
  touchpoints: 'Meets the business at',
  channels: 'Through',
  thoughts: 'Thinks',
  emotions: 'Feels',
  painPoints: 'What hurts',
  opportunities: 'Could be better',
  momentsOfTruth: 'Moment of truth',
};

/** A note's text in quotes, with its votes when it has any: “Hidden fee” (3 votes). */
export function quoted(note: { text: string; votes?: number }): string {
  const count = note.votes ?? 0;
  const votes = count === 0 ? '' : count === 1 ? ' (1 vote)' : ` (${count} votes)`;
  return `“${note.text.trim()}”${votes}`;
}

function laneLabel(lane: Lane, lanes: readonly Lane[], stage: StageInsight): string {
  const shared = lanes.filter((other) => other.kind === lane.kind).length > 1;
  const label = (!shared && NARRATIVE_LABELS[lane.kind]) || lane.name;
  return lane.kind === 'emotions' && stage.emotionMean !== null
    ? `${label} (${formatEmotionMean(stage.emotionMean)})`
    : label;
}

/**
 * One stage's story from its own notes, lane by lane in the map's lane order: what the customer
 * does, where they meet the business, what they think and feel (with the stage's score), what
 * hurts and what could be better. Lanes with no note at the stage are left out.
 */
export function stageStory(report: MapReport, stage: StageInsight): ListItem[] {
  const { map } = report;
  const notes = map.notes.filter(
    (note) => note.stageId === stage.stageId && note.text.trim() !== '',
  );
  return map.lanes.flatMap((lane) => {
    const texts = notes.filter((note) => note.laneId === lane.id).map(quoted);
    return texts.length === 0
      ? []
      : [{ label: laneLabel(lane, map.lanes, stage), text: texts.join('; ') }];
  });
}

export const NOTHING_NOTED = 'Nothing is noted at this stage yet.';

/** Every stage's story (`stageStory`) under a heading of its own at `level`. */
export function stageNarrative(report: MapReport, level: 3 | 4): Block[] {
  return report.stages.flatMap((stage): Block[] => {
    const items = stageStory(report, stage);
    return [
      { kind: 'heading', level, text: stage.stageName },
      items.length === 0
        ? { kind: 'paragraph', lines: [{ text: NOTHING_NOTED }] }
        : { kind: 'list', items },
    ];
  });
}
