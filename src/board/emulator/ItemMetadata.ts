import type { AppData, AppDataValue } from '@mirohq/websdk-types';
import type { BoardRecords } from './BoardRecords.ts';
import { assertJsonValue, jsonByteSize, withEntry } from './jsonValue.ts';
import { FRAMES_HOLD_METADATA } from '../miroRules/limits.ts';

/** This app's metadata on items and connectors; frames hold none. */
export class ItemMetadata {
  constructor(
    private readonly records: BoardRecords,
    private readonly bytesPerItem: number,
  ) {}

  get(id: string, key: string): AppDataValue | undefined {
    const metadata = this.metadataOf(id, key, 'getMetadata');
    return structuredClone(metadata[key]);
  }

  /** `null` deletes the key. Resolves to all of this app's metadata on the item. */
  set(id: string, key: string, value: unknown): AppData {
    const current = this.metadataOf(id, key, 'setMetadata');
    assertJsonValue(`metadata.${key}`, value);
    const metadata = withEntry(current, key, structuredClone(value));
    const bytes = jsonByteSize(metadata);
    if (bytes > this.bytesPerItem)
      throw new Error(
        `setMetadata: metadata of item ${id} would take ${bytes} bytes; ` +
          `the limit is ${this.bytesPerItem} bytes per item`,
      );
    const connector = this.records.connector(id);
    const item = this.records.item(id);
    if (connector) this.records.putConnector({ ...connector, metadata });
    else if (item) this.records.putItem({ ...item, metadata });
    return structuredClone(metadata);
  }

  private metadataOf(id: string, key: unknown, method: string): AppData {
    if (typeof key !== 'string' || key === '')
      throw new Error(`${method}: key must be a non-empty string`);
    const connector = this.records.connector(id);
    if (connector) return connector.metadata;
    const item = this.records.item(id);
    if (!item) throw new Error(`Item ${id} does not exist on the board`);
    if (item.type === 'frame' && !FRAMES_HOLD_METADATA)
      throw new Error(`${method}: frames cannot hold metadata`);
    return item.metadata;
  }
}
