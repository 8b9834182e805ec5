import type { JourneyMap } from '../model/journey.schema.ts';

export const UNTITLED_MAP = 'Untitled map';

/** A map's title as every view shows it: trimmed, UNTITLED_MAP when empty. */
export function mapTitle(map: JourneyMap): string {
  return map.title.trim() || UNTITLED_MAP;
}
