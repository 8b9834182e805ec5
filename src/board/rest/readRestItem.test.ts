import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import restPage from '../../test/fixtures/rest-page.json';
import { FIXTURES } from '../../test/fixtureReport.ts';
import { RestItemRead } from './boardFile.schema.ts';
import { readRestItem } from './readRestItem.ts';

/** Every item of every board fixture, and of the REST page fixture. */
function fixtureItems(): unknown[] {
  const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.json'));
  const pages: unknown[] = files.map((name) =>
    JSON.parse(readFileSync(`${FIXTURES}/${name}`, 'utf8')),
  );
  return [...pages, restPage].flatMap((json) => {
    const list: unknown[] = Array.isArray(json) ? json : [json];
    return list.flatMap((page) => {
      const data = Reflect.get(Object(page), 'data');
      return Array.isArray(data) ? (data as unknown[]) : [page];
    });
  });
}

/** What zod reads: the item and its unknown values, or `undefined` when it is not valid. */
function byZod(item: unknown) {
  const result = RestItemRead.safeParse(item);
  return result.success ? result.data : undefined;
}

const sticky = {
  id: '3458764590123456791',
  type: 'sticky_note',
  data: { content: '<p>Slow checkout</p>', shape: 'square' },
  style: { fillColor: 'light_pink', textAlign: 'center', textAlignVertical: 'top' },
  position: { x: 10, y: 20, origin: 'center', relativeTo: 'parent_top_left' },
  geometry: { width: 199, height: 228 },
  parent: { id: '3458764590123456790' },
  createdAt: '2025-01-01T00:00:00Z',
  createdBy: { id: '3074457350987654321', type: 'user' },
  tagIds: ['3458764590123456799'],
};

const frame = {
  id: '3458764590123456790',
  type: 'frame',
  data: { title: 'Checkout', format: 'custom', type: 'freeform', showContent: true },
  style: { fillColor: '#ffffff' },
  position: { x: 0, y: 0, origin: 'center' },
  geometry: { width: 4000, height: 2000 },
};

const shape = {
  id: '3458764590123456792',
  type: 'shape',
  data: { content: '<p>Awareness</p>', shape: 'rectangle' },
  style: { fillColor: '#f3f4f8', fontSize: '24', borderStyle: 'normal', textAlign: 'center' },
  position: { x: 0, y: 0, origin: 'center' },
  geometry: { width: 400, height: 80 },
};

const text = {
  id: '3458764590123456793',
  type: 'text',
  data: { content: 'Doing' },
  style: { color: '#1a1a2e', fontSize: '14', fillOpacity: 1, textAlign: 'left' },
  position: { x: 0, y: 0 },
  geometry: { width: 300 },
};

/** Values a field may wrongly or unusually hold. */
const odd = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  ' ',
  '12',
  '1e3',
  'Infinity',
  'x1',
  'unknown',
  'square',
  'yellow',
  'center',
  'canvas_center',
  'parent_top_left',
  0,
  -3,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  ['12'],
  [1],
  {},
  { id: '12' },
  { id: 12 },
);

const FIELDS = [
  'id',
  'type',
  'data',
  'data.content',
  'data.shape',
  'data.title',
  'data.format',
  'data.showContent',
  'style',
  'style.fillColor',
  'style.textAlign',
  'style.textAlignVertical',
  'style.fontSize',
  'style.fillOpacity',
  'style.borderStyle',
  'style.color',
  'position',
  'position.x',
  'position.y',
  'position.origin',
  'position.relativeTo',
  'geometry',
  'geometry.width',
  'geometry.height',
  'geometry.rotation',
  'parent',
  'parent.id',
  'createdAt',
  'createdBy',
  'createdBy.id',
  'createdBy.type',
  'modifiedBy',
  'tagIds',
];

/** `item` with `path` (`style.textAlign`) set to `value`; a missing object on the way is made. */
function withValue(item: object, path: string, value: unknown): unknown {
  const copy: unknown = structuredClone(item);
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let target: unknown = copy;
  for (const key of keys) {
    const next: unknown = Reflect.get(Object(target), key);
    if (typeof next !== 'object' || next === null) return copy;
    target = next;
  }
  if (value === undefined) Reflect.deleteProperty(Object(target), last);
  else Reflect.set(Object(target), last, value);
  return copy;
}

/** A sticky note, frame, shape or text with one to three of its fields given odd values. */
const editedItem = fc
  .tuple(
    fc.constantFrom(sticky, frame, shape, text),
    fc.array(fc.tuple(fc.constantFrom(...FIELDS), odd), { minLength: 1, maxLength: 3 }),
  )
  .map(([base, edits]) =>
    edits.reduce<unknown>(
      (current, [path, value]) => withValue(Object(current), path, value),
      base,
    ),
  );

describe('readRestItem', () => {
  it('reads every fixture item as zod does', () => {
    const items = fixtureItems();
    expect(items.length).toBeGreaterThan(300);
    for (const item of items) expect(readRestItem(item)).toEqual(byZod(item));
  });

  it('reads a sticky note with unknown values as zod does, with the same warnings', () => {
    const item = { ...sticky, data: { shape: 'hexagon' }, style: { textAlign: 'unknown' } };
    expect(readRestItem(item)?.unknownValues).toEqual([
      { path: 'data.shape', value: 'hexagon', readAs: 'square' },
      { path: 'style.textAlign', value: 'unknown', readAs: 'center' },
    ]);
    expect(readRestItem(item)).toEqual(byZod(item));
  });

  it('accepts and refuses sticky notes, frames, shapes and texts exactly as zod does, reading them alike', () => {
    fc.assert(
      fc.property(editedItem, (item) => {
        expect(readRestItem(item)).toEqual(byZod(item));
      }),
      { numRuns: 4000 },
    );
  });

  it('reads an item of its own, built from its objects, as it reads a copy; a refused one is left as it was', () => {
    const items = fixtureItems();
    for (const item of items)
      expect(readRestItem(structuredClone(item), true)).toEqual(byZod(item));
    fc.assert(
      fc.property(editedItem, (item) => {
        const own = structuredClone(item);
        const read = readRestItem(own, true);
        expect(read).toEqual(byZod(item));
        if (read === undefined) expect(own).toEqual(item);
      }),
      { numRuns: 2000 },
    );
  });
});
