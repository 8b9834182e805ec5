import { boundsOf, type Rect } from '../geometry/Rect.ts';
import type { Grid } from '../model/Grid.ts';
import { gridCell } from '../model/Grid.ts';
import type { Lane, Stage } from '../model/journey.schema.ts';
import type { LaneKind } from '../model/laneKind.ts';
import { LANE_PROMPTS } from '../model/lanePrompts.ts';

/** A block of cells by stage and lane index, first and last included. */
export type CellRange = {
  firstStage: number;
  lastStage: number;
  firstLane: number;
  lastLane: number;
};

type StepBase = { title: string; prompt: string; minutes: number; focus: CellRange };

/** One step of a workshop; steps are done in the order of the agenda, Next/Previous are indices. */
export type AgendaStep =
  | (StepBase & { kind: 'introduction' | 'wrapUp' })
  | (StepBase & { kind: 'lane' | 'vote'; laneId: string });

/** Minutes a team usually spends on one stage of a lane of this kind. */
const MINUTES_PER_STAGE: Record<LaneKind, number> = {
  actions: 2,
  goals: 1.5,
  touchpoints: 1.5,
  channels: 1,
  thoughts: 1.5,
  emotions: 1,
  painPoints: 2,
  opportunities: 2,
  momentsOfTruth: 1,
  evidence: 1,
  frontstage: 1.5,
  backstage: 1.5,
  support: 1,
  kpis: 1,
  custom: 1.5,
};

const SHORTEST_LANE_STEP = 3;
const INTRODUCTION_MINUTES = 5;
const VOTE_MINUTES = 5;
const WRAP_UP_MINUTES = 10;

/** A lane's time box: its minutes per stage times the stages, whole minutes, at least 3. */
export function laneMinutes(kind: LaneKind, stageCount: number): number {
  return Math.max(SHORTEST_LANE_STEP, Math.ceil(MINUTES_PER_STAGE[kind] * stageCount));
}

/**
 * The facilitation steps for a map: an introduction on the whole map, one step per lane from the
 * top, a vote right after the last pain-points lane when there is one, and a wrap-up.
 */
export function buildAgenda(map: {
  stages: readonly Stage[];
  lanes: readonly Lane[];
}): AgendaStep[] {
  const stageCount = map.stages.length;
  const wholeMap: CellRange = {
    firstStage: 0,
    lastStage: stageCount - 1,
    firstLane: 0,
    lastLane: map.lanes.length - 1,
  };
  const laneRow = (index: number): CellRange => ({
    ...wholeMap,
    firstLane: index,
    lastLane: index,
  });
  const steps: AgendaStep[] = [
    {
      kind: 'introduction',
      title: 'Meet the persona',
      prompt: `Who is the customer, and which ${stageCount} stages do they go through?`,
      minutes: INTRODUCTION_MINUTES,
      focus: wholeMap,
    },
  ];
  const lastPainLane = map.lanes.reduce(
    (last, lane, index) => (lane.kind === 'painPoints' ? index : last),
    -1,
  );
  map.lanes.forEach((lane, index) => {
    steps.push({
      kind: 'lane',
      laneId: lane.id,
      title: lane.name,
      prompt: LANE_PROMPTS[lane.kind],
      minutes: laneMinutes(lane.kind, stageCount),
      focus: laneRow(index),
    });
    if (index === lastPainLane)
      steps.push({
        kind: 'vote',
        laneId: lane.id,
        title: 'Vote on pain points',
        prompt: 'Which pain points hurt the customer most? Each person has three votes.',
        minutes: VOTE_MINUTES,
        focus: laneRow(index),
      });
  });
  steps.push({
    kind: 'wrapUp',
    title: 'Wrap up',
    prompt: 'What did we learn, and who does what next?',
    minutes: WRAP_UP_MINUTES,
    focus: wholeMap,
  });
  return steps;
}

/** The area of the grid a step is about, for zooming to it; null when the range has no cells. */
export function focusArea(grid: Pick<Grid, 'columns' | 'rows'>, focus: CellRange): Rect | null {
  const topLeft = gridCell(grid, focus.firstStage, focus.firstLane);
  const bottomRight = gridCell(grid, focus.lastStage, focus.lastLane);
  if (!topLeft || !bottomRight) return null;
  return boundsOf([topLeft, bottomRight]) ?? null;
}
