/** The item metadata key under which header items carry their HeaderTag. */
export const METADATA_KEY = 'journeyMapper';

/** The board app-data key of the structure recorded for the map drawn in frame `frameId`. */
export function appDataKey(frameId: string): string {
  return `map:${frameId}`;
}
