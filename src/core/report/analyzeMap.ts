import type { JourneyMap, Note } from '../model/journey.schema.ts';
import type { LaneKind } from '../model/laneKind.ts';
import { checkMap } from './checkMap.ts';
import { groupPainPoints } from './groupPainPoints.ts';
import type { CurvePoint, MapReport, StageInsight, StageRef } from './Report.ts';

export type AnalyzeOptions = { now: string };

/** How many pain points a report ranks; a glance shows fewer (HEADLINE_PAIN_POINTS). */
export const RANKED_PAIN_POINTS = 10;

function laneIdsOf(map: JourneyMap, kind: LaneKind): Set<string> {
  return new Set(map.lanes.filter((lane) => lane.kind === kind).map((lane) => lane.id));
}

function notesByStage(map: JourneyMap): Map<string, Note[]> {
  const byStage = new Map<string, Note[]>(map.stages.map((stage) => [stage.id, []]));
  for (const note of map.notes) byStage.get(note.stageId)?.push(note);
  return byStage;
}

/** Mean and population standard deviation; nulls for no scores. */
function meanAndSpread(scores: readonly number[]): { mean: number | null; spread: number | null } {
  if (scores.length === 0) return { mean: null, spread: null };
  const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
  const variance = scores.reduce((sum, score) => sum + (score - mean) ** 2, 0) / scores.length;
  return { mean, spread: Math.sqrt(variance) };
}

/** The first stage with the lowest (or highest, for sign −1) score; ties go to the earlier stage. */
function extreme(
  curve: readonly CurvePoint[],
  sign: 1 | -1,
): (StageRef & { score: number }) | null {
  let best: (StageRef & { score: number }) | null = null;
  for (const { stageId, stageName, score } of curve) {
    if (score === null) continue;
    if (best === null || sign * score < sign * best.score) best = { stageId, stageName, score };
  }
  return best;
}

/**
 * Insights and health checks of one map, the one derivation every view of it reads: the
 * emotion of a stage comes from the scored notes of the lanes of kind 'emotions' only (DESIGN §1).
 */
export function analyzeMap(map: JourneyMap, options: AnalyzeOptions): MapReport {
  const emotionLanes = laneIdsOf(map, 'emotions');
  const painLanes = laneIdsOf(map, 'painPoints');
  const opportunityLanes = laneIdsOf(map, 'opportunities');
  const byStage = notesByStage(map);

  const stages: StageInsight[] = map.stages.map((stage) => {
    const notes = byStage.get(stage.id) ?? [];
    const emotionNotes = notes.flatMap(({ id, text, laneId, emotion }) =>
      emotion !== null && emotionLanes.has(laneId) ? [{ id, text, score: emotion }] : [],
    );
    const { mean, spread } = meanAndSpread(emotionNotes.map((note) => note.score));
    const noteCounts: Record<string, number> = {};
    for (const lane of map.lanes) noteCounts[lane.id] = 0;
    for (const note of notes) noteCounts[note.laneId] = (noteCounts[note.laneId] ?? 0) + 1;
    return {
      stageId: stage.id,
      stageName: stage.name,
      emotionNotes,
      emotionMean: mean,
      emotionSpread: spread,
      noteCounts,
    };
  });
  const curve = stages.map(({ stageId, stageName, emotionMean }) => ({
    stageId,
    stageName,
    score: emotionMean,
  }));

  const opportunities = map.stages.map((stage) => ({
    stageId: stage.id,
    stageName: stage.name,
    notes: (byStage.get(stage.id) ?? [])
      .filter((note) => opportunityLanes.has(note.laneId))
      .map(({ id, text }) => ({ id, text })),
  }));
  const unansweredPainPoints = map.stages.flatMap((stage, index) =>
    opportunities[index]?.notes.length
      ? []
      : (byStage.get(stage.id) ?? [])
          .filter((note) => painLanes.has(note.laneId))
          .map(({ id, text }) => ({ stageId: stage.id, stageName: stage.name, id, text })),
  );
  const emptyCells = stages.flatMap((insight) =>
    map.lanes
      .filter((lane) => insight.noteCounts[lane.id] === 0)
      .map((lane) => ({
        stageId: insight.stageId,
        stageName: insight.stageName,
        laneId: lane.id,
        laneName: lane.name,
      })),
  );

  const report: Omit<MapReport, 'findings'> = {
    map,
    stages,
    curve,
    lowest: extreme(curve, 1),
    highest: extreme(curve, -1),
    topPainPoints: groupPainPoints(map).slice(0, RANKED_PAIN_POINTS),
    opportunities,
    unansweredPainPoints,
    emptyCells,
  };
  return { ...report, findings: checkMap(report, options.now) };
}
