import { z } from 'zod';
import type { BoardRecords } from './BoardRecords.ts';
import { between, content, hexColor } from '../miroRules/fieldSchemas.ts';
import {
  CONNECTOR_DEFAULTS,
  CONNECTOR_ENDS_MAY_BE_FRAMES,
  CONNECTOR_ENDS_MAY_BE_ONE_ITEM,
  CONNECTOR_ENDS_MAY_DANGLE,
  CONNECTOR_STROKE_WIDTH,
  MAX_CAPTION_LENGTH,
  MAX_CONNECTOR_CAPTIONS,
} from '../miroRules/limits.ts';
import { parseRecordProps, pick } from './parseRecordProps.ts';
import { CONNECTOR_SHAPES, STROKE_CAPS, STROKE_STYLES } from '../miroRules/sdkEnums.ts';
import type { StoredConnector } from './StoredItem.ts';

const Endpoint = z.strictObject({ item: z.string().min(1) });

const ConnectorProps = z.strictObject({
  start: Endpoint,
  end: Endpoint,
  shape: z.enum(CONNECTOR_SHAPES).default(CONNECTOR_DEFAULTS.shape),
  style: z
    .strictObject({
      strokeColor: hexColor.default(CONNECTOR_DEFAULTS.strokeColor),
      strokeWidth: between(CONNECTOR_STROKE_WIDTH).default(CONNECTOR_DEFAULTS.strokeWidth),
      strokeStyle: z.enum(STROKE_STYLES).default(CONNECTOR_DEFAULTS.strokeStyle),
      startStrokeCap: z.enum(STROKE_CAPS).default(CONNECTOR_DEFAULTS.startStrokeCap),
      endStrokeCap: z.enum(STROKE_CAPS).default(CONNECTOR_DEFAULTS.endStrokeCap),
    })
    .prefault({}),
  captions: z
    .array(
      z.strictObject({
        content: content.refine(
          (text) => text.length <= MAX_CAPTION_LENGTH,
          `must be at most ${MAX_CAPTION_LENGTH} characters`,
        ),
      }),
    )
    .max(MAX_CONNECTOR_CAPTIONS, `at most ${MAX_CONNECTOR_CAPTIONS} captions`)
    .default([]),
});

/** A board file may hold connectors with a loose end; syncing one may keep it loose. */
const ConnectorUpdate = ConnectorProps.extend({
  start: Endpoint.nullable(),
  end: Endpoint.nullable(),
});

type Ends = Pick<StoredConnector, 'start' | 'end'>;

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
    this.checkEnds(fields, { start: null, end: null });
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
    this.checkEnds(fields, current);
    const { now, userId } = this.options;
    const synced = { ...current, ...fields, modifiedAt: now(), modifiedBy: userId };
    this.records.putConnector(synced);
    return synced;
  }

  remove(id: string): void {
    this.require(id);
    this.records.dropConnector(id);
  }

  /** Each end is an existing item other than a frame, and not the other end's; `before` is the
   * connector as it was, whose loose ends (from a board file) may stay loose. */
  private checkEnds(ends: Ends, before: Ends): void {
    for (const end of ['start', 'end'] as const) {
      const itemId = ends[end]?.item;
      if (itemId === undefined) {
        if (!CONNECTOR_ENDS_MAY_DANGLE && before[end] !== null)
          throw new Error(`Invalid connector: At ${end}: a connector cannot have a loose end`);
        continue;
      }
      const item = this.records.item(itemId);
      if (!item)
        throw new Error(`Invalid connector: At ${end}.item: item ${itemId} does not exist`);
      if (!CONNECTOR_ENDS_MAY_BE_FRAMES && item.type === 'frame')
        throw new Error(`Invalid connector: At ${end}.item: a frame cannot be a connector's end`);
    }
    const [start, end] = [ends.start?.item, ends.end?.item];
    if (!CONNECTOR_ENDS_MAY_BE_ONE_ITEM && start !== undefined && start === end)
      throw new Error('Invalid connector: At end.item: must be another item than start.item');
  }
}
