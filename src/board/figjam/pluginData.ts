import type { MapRecord } from '../../core/model/mapRecord.schema.ts';
import { recordOf } from '../recordOf.ts';

/**
 * Where the app keeps a map item's record in FigJam: `setSharedPluginData(namespace, key, json)`,
 * read back over REST with `?plugin_data=shared` as `sharedPluginData[namespace][key]`. The value
 * is the same MapRecord JSON a Miro item keeps in its metadata.
 */
export const PLUGIN_DATA_NAMESPACE = 'journeymapper';
export const RECORD_KEY = 'mapRecord';

/**
 * The record in a node's plugin data text, as the plugin and the REST reader find it; none for
 * no text, and a warning for text that is not JSON or not a valid record.
 */
export function recordOfPluginData(
  nodeId: string,
  text: string | undefined,
  warnings: string[],
): MapRecord | null {
  if (text === undefined || text === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    warnings.push(`The app's record on node ${nodeId} is not JSON; it is ignored`);
    return null;
  }
  return recordOf(nodeId, value, warnings);
}
