import type { JourneyMap } from '../core/model/journey.schema.ts';

/** A cell chosen in the panel, by its stage's and lane's ids. */
export type CellChoice = { stageId: string; laneId: string };

/** `choice` while the map still has its stage and lane, else the map's first cell (null without one). */
export function cellOfMap(
  map: Pick<JourneyMap, 'stages' | 'lanes'>,
  choice: CellChoice | null,
): CellChoice | null {
  const stage = map.stages.find((candidate) => candidate.id === choice?.stageId) ?? map.stages[0];
  const lane = map.lanes.find((candidate) => candidate.id === choice?.laneId) ?? map.lanes[0];
  return stage && lane ? { stageId: stage.id, laneId: lane.id } : null;
}
