/**
 * Where the app keeps a map item's record in FigJam: `setSharedPluginData(namespace, key, json)`,
 * read back over REST with `?plugin_data=shared` as `sharedPluginData[namespace][key]`. The value
 * is the same MapRecord JSON a Miro item keeps in its metadata.
 */
export const PLUGIN_DATA_NAMESPACE = 'journeymapper';
export const RECORD_KEY = 'mapRecord';
