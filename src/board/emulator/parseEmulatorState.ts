import { z } from 'zod';
import { accepted, refusedByIssues, type Parsed } from '../../core/validation/Parsed.ts';
import type { EmulatorState } from './EmulatorState.ts';
import { MAX_TAGS_PER_BOARD } from '../miroRules/limits.ts';
import { Area } from './sdkArguments.ts';
import {
  AppDataSchema,
  StoredConnectorSchema,
  StoredItemSchema,
  StoredTagSchema,
} from './storedRecordSchemas.ts';

const DECIMAL = /^\d+$/;

const StateShape = z.strictObject({
  version: z.literal(1),
  items: z.array(StoredItemSchema),
  connectors: z.array(StoredConnectorSchema),
  tags: z.array(StoredTagSchema).max(MAX_TAGS_PER_BOARD, `at most ${MAX_TAGS_PER_BOARD} tags`),
  appData: AppDataSchema,
  nextId: z.string().regex(DECIMAL, 'must be a decimal number'),
  viewport: z.strictObject(Area.shape),
});

type Report = (path: (string | number)[], message: string) => void;

/** Checks what the shapes alone cannot: that records refer to each other consistently. */
function checkReferences(state: EmulatorState, report: Report): void {
  const seen = new Map<string, string>();
  const records = [
    ...state.items.map((record, index) => ({ record, path: ['items', index] })),
    ...state.connectors.map((record, index) => ({ record, path: ['connectors', index] })),
    ...state.tags.map((record, index) => ({ record, path: ['tags', index] })),
  ];
  for (const { record, path } of records) {
    const earlier = seen.get(record.id);
    if (earlier) report([...path, 'id'], `${record.id} is also the id at ${earlier}`);
    else seen.set(record.id, path.join('.'));
  }

  const items = new Map(state.items.map((item) => [item.id, item]));
  const tagIds = new Set(state.tags.map((tag) => tag.id));
  state.items.forEach((item, index) => {
    if (item.parentId !== null) {
      const parent = items.get(item.parentId);
      if (item.type === 'frame') report(['items', index, 'parentId'], 'a frame has no parent');
      else if (parent?.type !== 'frame')
        report(['items', index, 'parentId'], `${item.parentId} is not a frame on the board`);
      else if (!parent.childrenIds.includes(item.id))
        report(['items', index, 'parentId'], `frame ${parent.id} does not list it as a child`);
    }
    if (item.type === 'frame')
      item.childrenIds.forEach((childId, position) => {
        if (items.get(childId)?.parentId !== item.id)
          report(
            ['items', index, 'childrenIds', position],
            `${childId} is not an item whose parent is this frame`,
          );
        else if (item.childrenIds.indexOf(childId) !== position)
          report(['items', index, 'childrenIds', position], `${childId} is listed twice`);
      });
    if (item.type === 'sticky_note' || item.type === 'card')
      item.tagIds.forEach((tagId, position) => {
        if (!tagIds.has(tagId))
          report(['items', index, 'tagIds', position], `tag ${tagId} does not exist`);
      });
  });

  state.connectors.forEach((connector, index) => {
    for (const end of ['start', 'end'] as const) {
      const itemId = connector[end]?.item;
      if (itemId !== undefined && !items.has(itemId))
        report(['connectors', index, end, 'item'], `item ${itemId} does not exist`);
    }
  });

  const titles = new Set<string>();
  state.tags.forEach((tag, index) => {
    if (titles.has(tag.title)) report(['tags', index, 'title'], `"${tag.title}" is taken`);
    titles.add(tag.title);
  });

  const nextId = BigInt(state.nextId);
  const highest = records
    .map(({ record }) => record.id)
    .filter((recordId) => DECIMAL.test(recordId) && BigInt(recordId) >= nextId);
  if (highest.length > 0)
    report(['nextId'], `must be greater than every numeric id (found ${highest[0]})`);
}

const StateSchema = StateShape.superRefine((state, context) =>
  checkReferences(state, (path, message) =>
    context.addIssue({ code: 'custom', path, message, input: state }),
  ),
);

/** Validates a board read from local storage or a file; errors name the path. */
export function parseEmulatorState(json: unknown): Parsed<EmulatorState> {
  const result = StateSchema.safeParse(json);
  if (!result.success) return refusedByIssues(result.error, 'Invalid board state: ');
  return accepted(result.data);
}
