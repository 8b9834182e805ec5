/** The item metadata key under which header items carry their HeaderTag. */
export const METADATA_KEY = 'journeyMapper';

const MAP_KEY_PREFIX = 'map:';

/** The board app-data key of the structure recorded for the map drawn in frame `frameId`. */
export function appDataKey(frameId: string): string {
  return `${MAP_KEY_PREFIX}${frameId}`;
}

/** The frame id in a key made by `appDataKey`; null for any other key. */
export function frameIdOfAppDataKey(key: string): string | null {
  const frameId = key.startsWith(MAP_KEY_PREFIX) ? key.slice(MAP_KEY_PREFIX.length) : '';
  return frameId === '' ? null : frameId;
}
