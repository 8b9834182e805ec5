import type { JourneyMap } from '../core/model/journey.schema.ts';

/**
 * Which maps a reading keeps: those of these frames (the board's selection), or the one whose
 * frame id, else whose title in any case, is `idOrTitle`.
 */
export type MapChoice = { frameIds: readonly string[] } | { idOrTitle: string };

/** The maps the choice names, in board order; empty when it names none of them. */
export function chooseMaps(maps: readonly JourneyMap[], choice: MapChoice): JourneyMap[] {
  if ('frameIds' in choice) {
    const ids = new Set(choice.frameIds);
    return maps.filter((map) => ids.has(map.id));
  }
  const wanted = choice.idOrTitle.trim();
  const byId = maps.filter((map) => map.id === wanted);
  if (byId.length > 0) return byId;
  const key = wanted.toLocaleLowerCase();
  return maps.filter((map) => map.title.trim().toLocaleLowerCase() === key);
}
