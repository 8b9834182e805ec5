import { z } from 'zod';
import type { BoardRecords } from './BoardRecords.ts';
import { content, hexColor } from './fieldSchemas.ts';
import { CONNECTOR_DEFAULTS } from './limits.ts';
import { parseRecordProps, pick } from './parseRecordProps.ts';
import { CONNECTOR_SHAPES, STROKE_CAPS, STROKE_STYLES } from './sdkEnums.ts';
import type { StoredConnector } from './StoredItem.ts';

const Endpoint = z.strictObject({ item: z.string().min(1) });

const ConnectorProps = z.strictObject({
  start: Endpoint,
  end: Endpoint,
  shape: z.enum(CONNECTOR_SHAPES).default(CONNECTOR_DEFAULTS.shape),
  style: z
    .strictObject({
      strokeColor: hexColor.default(CONNECTOR_DEFAULTS.strokeColor),
      strokeWidth: z.number().positive().default(CONNECTOR_DEFAULTS.strokeWidth),
      strokeStyle: z.enum(STROKE_STYLES).default(CONNECTOR_DEFAULTS.strokeStyle),
      startStrokeCap: z.enum(STROKE_CAPS).default(CONNECTOR_DEFAULTS.startStrokeCap),
      endStrokeCap: z.enum(STROKE_CAPS).default(CONNECTOR_DEFAULTS.endStrokeCap),
    })
    .prefault({}),
  captions: z.array(z.strictObject({ content })).default([]),
});

/** A board file may hold connectors with a loose end; syncing one keeps it loose. */
const ConnectorUpdate = ConnectorProps.extend({
  start: Endpoint.nullable(),
  end: Endpoint.nullable(),
});

export type ConnectorStoreOptions = { now(): string; userId: string };

/** Connectors run between two items of the board; they go when either item goes. */
export class ConnectorStore {
  constructor(
    private readonly records: BoardRecords,
    private readonly options: ConnectorStoreOptions,
  ) {}

  require(id: string): StoredConnector {
    const connector = this.records.connector(id);
    if (!connector) throw new Error(`Connector ${id} does not exist on the board`);
    return connector;
  }

  create(props: unknown): StoredConnector {
    const fields = parseRecordProps(ConnectorProps, 'connector', props);
    this.checkEnds(fields);
    const now = this.options.now();
    const { userId } = this.options;
    const connector: StoredConnector = {
      id: this.records.newId(),
      type: 'connector',
      ...fields,
      createdAt: now,
      createdBy: userId,
      modifiedAt: now,
      modifiedBy: userId,
      metadata: {},
    };
    this.records.putConnector(connector);
    return connector;
  }

  sync(view: { readonly id: string } & Record<string, unknown>): StoredConnector {
    const current = this.require(view.id);
    const keys = ['start', 'end', 'shape', 'style', 'captions'];
    const fields = parseRecordProps(ConnectorUpdate, 'connector', pick(view, keys));
    this.checkEnds(fields);
    const { now, userId } = this.options;
    const synced = { ...current, ...fields, modifiedAt: now(), modifiedBy: userId };
    this.records.putConnector(synced);
    return synced;
  }

  remove(id: string): void {
    this.require(id);
    this.records.dropConnector(id);
  }

  private checkEnds(ends: Pick<StoredConnector, 'start' | 'end'>): void {
    for (const end of ['start', 'end'] as const) {
      const itemId = ends[end]?.item;
      if (itemId !== undefined && !this.records.item(itemId))
        throw new Error(`Invalid connector: At ${end}.item: item ${itemId} does not exist`);
    }
  }
}
