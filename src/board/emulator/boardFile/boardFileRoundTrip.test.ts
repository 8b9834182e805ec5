import type { AppData, AppDataValue } from '@mirohq/websdk-types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOTE_COLORS } from '../../../core/model/noteColor.ts';
import type { EmulatorState } from '../EmulatorState.ts';
import { FONT_FAMILIES, SHAPE_TYPES, STROKE_CAPS, TAG_COLORS } from '../../miroRules/sdkEnums.ts';
import type {
  StoredCommon,
  StoredConnector,
  StoredFrame,
  StoredItem,
  StoredTag,
} from '../StoredItem.ts';
import { boardFileToState } from './boardFileToState.ts';
import { parseBoardFile } from '../../rest/parseBoardFile.ts';
import { stateToBoardFile } from './stateToBoardFile.ts';

/** Finite, and never -0, which JSON writes as 0. */
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => value + 0);
const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((value) => value + 0);
const size = fc.double({ min: 1, max: 5000, noNaN: true });
const fraction = fc.double({ min: 0, max: 1, noNaN: true }).map((value) => value + 0);
const textAlign = fc.constantFrom('left', 'center', 'right' as const);
const textAlignVertical = fc.constantFrom('top', 'middle', 'bottom' as const);
const strokeStyle = fc.constantFrom('normal', 'dotted', 'dashed' as const);

const { json } = fc.letrec<{ json: AppDataValue }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.string(),
    finite,
    fc.array(tie('json'), { maxLength: 3 }),
    fc.dictionary(fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,7}$/), tie('json'), {
      maxKeys: 3,
      noNullPrototype: true,
    }),
  ),
}));
const appData: fc.Arbitrary<AppData> = fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), json, {
  maxKeys: 3,
  noNullPrototype: true,
});

const authorship = fc.record({
  createdAt: fc.string(),
  createdBy: fc.string(),
  modifiedAt: fc.string(),
  modifiedBy: fc.string(),
});

type Fields<T extends StoredItem> = T extends StoredItem
  ? Omit<T, keyof StoredCommon | 'childrenIds'>
  : never;
type Content = Fields<Exclude<StoredItem, StoredFrame>>;

/** `tagIds` are indices into the board's tags until the board is built. */
const content: fc.Arbitrary<Content> = fc.oneof(
  fc.record({
    type: fc.constant('sticky_note' as const),
    content: fc.string(),
    shape: fc.constantFrom('square', 'rectangle' as const),
    width: size,
    height: size,
    style: fc.record({ fillColor: fc.constantFrom(...NOTE_COLORS), textAlign, textAlignVertical }),
    tagIds: fc.array(fc.nat().map(String), { maxLength: 3 }),
  }),
  fc.record({
    type: fc.constant('shape' as const),
    content: fc.string(),
    shape: fc.constantFrom(...SHAPE_TYPES),
    width: size,
    height: size,
    style: fc.record({
      color: fc.string(),
      fillColor: fc.string(),
      fillOpacity: fraction,
      fontFamily: fc.constantFrom(...FONT_FAMILIES),
      fontSize: size,
      textAlign,
      textAlignVertical,
      borderStyle: strokeStyle,
      borderOpacity: fraction,
      borderColor: fc.string(),
      borderWidth: fc.double({ min: 0, max: 50, noNaN: true }).map((value) => value + 0),
    }),
  }),
  fc.record({
    type: fc.constant('text' as const),
    content: fc.string(),
    width: size,
    height: size,
    style: fc.record({
      color: fc.string(),
      fillColor: fc.string(),
      fillOpacity: fraction,
      fontFamily: fc.constantFrom(...FONT_FAMILIES),
      fontSize: size,
      textAlign,
    }),
  }),
  fc.record({
    type: fc.constant('card' as const),
    title: fc.string(),
    description: fc.string(),
    width: size,
    height: size,
    style: fc.record({ cardTheme: fc.string() }),
    tagIds: fc.array(fc.nat().map(String), { maxLength: 3 }),
  }),
);

const frameFields: fc.Arbitrary<Fields<StoredFrame>> = fc.record({
  type: fc.constant('frame' as const),
  title: fc.string(),
  width: size,
  height: size,
  style: fc.record({ fillColor: fc.string() }),
});

/** A child goes into the `frame`-th frame placed so far (modulo), at a fraction of its size. */
const entry = fc.oneof(
  fc.record({
    kind: fc.constant('frame' as const),
    fields: frameFields,
    x: coordinate,
    y: coordinate,
  }),
  fc.record({ kind: fc.constant('item' as const), fields: content, x: coordinate, y: coordinate }),
  fc.record({
    kind: fc.constant('child' as const),
    fields: content,
    frame: fc.nat(),
    x: fraction,
    y: fraction,
  }),
);

const connectorFields = fc.record({
  start: fc.option(fc.nat()),
  end: fc.option(fc.nat()),
  shape: fc.constantFrom('straight', 'elbowed', 'curved' as const),
  style: fc.record({
    strokeColor: fc.string(),
    strokeWidth: fraction,
    strokeStyle,
    startStrokeCap: fc.constantFrom(...STROKE_CAPS),
    endStrokeCap: fc.constantFrom(...STROKE_CAPS),
  }),
  captions: fc.array(fc.record({ content: fc.string() }), { maxLength: 2 }),
});

/**
 * Valid boards: unique digit-string ids, children inside their frames, frames before their
 * children and `childrenIds` in item order (the order `boardFileToState` produces), tags and
 * connector ends that exist, and a next id above every id.
 */
const arbitraryState: fc.Arbitrary<EmulatorState> = fc
  .record({
    entries: fc.array(fc.record({ entry, common: authorship, metadata: appData }), {
      maxLength: 12,
    }),
    tags: fc.array(fc.record({ title: fc.string(), color: fc.constantFrom(...TAG_COLORS) }), {
      maxLength: 4,
    }),
    connectors: fc.array(
      fc.record({ fields: connectorFields, common: authorship, metadata: appData }),
      {
        maxLength: 4,
      },
    ),
    ids: fc.uniqueArray(fc.bigInt({ min: 1n, max: 10n ** 19n - 1n }), {
      minLength: 20,
      maxLength: 20,
    }),
    gap: fc.bigInt({ min: 1n, max: 1000n }),
    appData,
    viewport: fc.record({ x: coordinate, y: coordinate, width: size, height: size }),
  })
  .map(({ entries, tags, connectors, ids, gap, appData: boardData, viewport }) => {
    let used = 0;
    const newId = () => String(ids[used++]);
    const storedTags = tags.map((tag): StoredTag => ({ id: newId(), type: 'tag', ...tag }));
    const tagId = (index: string) => storedTags[Number(index) % storedTags.length]?.id ?? [];
    const frames: StoredFrame[] = [];
    const items: StoredItem[] = entries.map(({ entry: next, common, metadata }) => {
      const id = newId();
      if (next.kind === 'frame') {
        const frame: StoredFrame = {
          ...common,
          ...next.fields,
          id,
          x: next.x,
          y: next.y,
          parentId: null,
          metadata: {},
          childrenIds: [],
        };
        frames.push(frame);
        return frame;
      }
      const fields =
        'tagIds' in next.fields
          ? { ...next.fields, tagIds: [...new Set(next.fields.tagIds.flatMap(tagId))] }
          : next.fields;
      const parent = next.kind === 'child' ? frames[next.frame % frames.length] : undefined;
      if (!parent)
        return { ...common, ...fields, id, x: next.x, y: next.y, parentId: null, metadata };
      parent.childrenIds.push(id);
      const x = next.x * parent.width;
      const y = next.y * parent.height;
      return { ...common, ...fields, id, x, y, parentId: parent.id, metadata };
    });
    const itemId = (index: number | null) => {
      const item = index === null ? undefined : items[index % items.length];
      return item ? { item: item.id } : null;
    };
    const storedConnectors = connectors.map(({ fields, common, metadata }): StoredConnector => ({
      ...common,
      ...fields,
      id: newId(),
      type: 'connector',
      start: itemId(fields.start),
      end: itemId(fields.end),
      metadata,
    }));
    const usedIds = [...items, ...storedConnectors, ...storedTags].map((record) =>
      BigInt(record.id),
    );
    const largest = usedIds.reduce((max, id) => (id > max ? id : max), 0n);
    return {
      version: 1 as const,
      items,
      connectors: storedConnectors,
      tags: storedTags,
      appData: boardData,
      nextId: String(largest + gap),
      viewport,
    };
  });

function roundTrip(state: EmulatorState) {
  const text = JSON.stringify(stateToBoardFile(state));
  const result = parseBoardFile(JSON.parse(text));
  if (!result.ok) throw result.error;
  return boardFileToState(result.value);
}

describe('board file round trip', () => {
  it('gives back every valid board exactly', () => {
    fc.assert(
      fc.property(arbitraryState, (state) => {
        const { state: back, warnings } = roundTrip(state);
        expect(back).toStrictEqual(structuredClone(state)); // fast-check may build null-prototype objects
        expect(warnings).toEqual([]);
      }),
    );
  });
});
