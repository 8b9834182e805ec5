import type { AppData } from '@mirohq/websdk-types';

/** The item metadata key under which an inserted map's items carry their records. */
export const METADATA_KEY = 'journeyMapper';

/**
 * Maps inserted before records were kept on items stored their structure in board app data under
 * `map:<frame id>`; nothing reads those keys any more.
 */
const LEGACY_APP_DATA_PREFIX = 'map:';

/** App data without those structures, and how many there were. */
export function withoutLegacyStructures(appData: AppData): { appData: AppData; dropped: number } {
  const kept = Object.entries(appData).filter(([key]) => !key.startsWith(LEGACY_APP_DATA_PREFIX));
  return { appData: Object.fromEntries(kept), dropped: Object.keys(appData).length - kept.length };
}
