import type { JourneyMap, Lane, Stage } from '../core/model/journey.schema.ts';

export type MapOverview = {
  id: string;
  title: string;
  structure: JourneyMap['structure'];
  stages: Stage[];
  lanes: Lane[];
  /** Note counts by lane (top to bottom), then stage (left to right). */
  counts: number[][];
  /** Per stage, the mean score of the emotions lanes' scored notes; null when none is scored. */
  emotions: (number | null)[];
  unplaced: number;
};

/** What the Report tab shows of a map at a glance. */
export function mapOverview(map: JourneyMap): MapOverview {
  const stageIndex = new Map(map.stages.map((stage, index) => [stage.id, index]));
  const laneIndex = new Map(map.lanes.map((lane, index) => [lane.id, index]));
  const emotionLanes = new Set(
    map.lanes.filter((lane) => lane.kind === 'emotions').map((lane) => lane.id),
  );
  const counts = map.lanes.map(() => map.stages.map(() => 0));
  const sums = map.stages.map(() => ({ total: 0, scored: 0 }));
  for (const note of map.notes) {
    const s = stageIndex.get(note.stageId);
    const l = laneIndex.get(note.laneId);
    if (s === undefined || l === undefined) continue;
    const row = counts[l];
    if (row) row[s] = (row[s] ?? 0) + 1;
    const sum = sums[s];
    if (sum && emotionLanes.has(note.laneId) && note.emotion !== null) {
      sum.total += note.emotion;
      sum.scored += 1;
    }
  }
  return {
    id: map.id,
    title: map.title,
    structure: map.structure,
    stages: map.stages,
    lanes: map.lanes,
    counts,
    emotions: sums.map(({ total, scored }) => (scored > 0 ? total / scored : null)),
    unplaced: map.unplaced.length,
  };
}
