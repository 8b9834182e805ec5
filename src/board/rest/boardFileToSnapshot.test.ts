import { describe, expect, it } from 'vitest';
import appInserted from '../../test/fixtures/boards/app-inserted.json';
import restPage from '../../test/fixtures/rest-page.json';
import type { BoardFile, RestItem } from './boardFile.schema.ts';
import { boardFileToSnapshot } from './boardFileToSnapshot.ts';
import { parseBoardFile } from './parseBoardFile.ts';

const FRAME = '3458764590123456700';

function fileOf(json: unknown): BoardFile {
  const result = parseBoardFile(json);
  if (!result.ok) throw result.error;
  return result.value;
}

function itemOf(file: BoardFile, id: string) {
  const item = boardFileToSnapshot(file).snapshot.items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no item ${id} in the snapshot`);
  return item;
}

describe('boardFileToSnapshot', () => {
  it('places a child from its frame top-left corner', () => {
    // frame centre (2000, 1500), 3600 × 2000: top-left (200, 500); the note's centre (1480, 1700)
    expect(itemOf(fileOf(restPage), '3458764590123456791').rect).toEqual({
      x: 1580.5, // 200 + 1480 - 199/2
      y: 2086, // 500 + 1700 - 228/2
      width: 199,
      height: 228,
    });
  });

  it('places a top-level item from the board centre', () => {
    // centre (500, 300), 600 × 50.4
    expect(itemOf(fileOf(restPage), '3458764590123456794').rect).toEqual({
      x: 200,
      y: 274.8,
      width: 600,
      height: 50.4,
    });
  });

  it('places a child given in board coordinates where it says', () => {
    const json = structuredClone(restPage);
    const note = json.data[1];
    if (!note) throw new Error('fixture changed');
    note.position = { x: 100, y: 200, origin: 'center', relativeTo: 'canvas_center' };
    expect(itemOf(fileOf(json), '3458764590123456791').rect).toMatchObject({ x: 0.5, y: 86 });
  });

  it('reads a sticky note: plain text, colour, tag titles, author, frame', () => {
    expect(itemOf(fileOf(restPage), '3458764590123456791')).toMatchObject({
      kind: 'sticky',
      text: 'Delivery cost only shown at checkout',
      color: 'red',
      fill: null,
      fontSize: null,
      tags: ['Pain point'],
      author: '3074457350987654321',
      createdAt: '2024-05-14T09:31:02Z',
      modifiedAt: '2024-05-14T09:33:47Z',
      parentId: FRAME,
      frameId: FRAME,
      record: null,
      votes: 0,
    });
  });

  it('reads a shape: its text, fill and font size as a number', () => {
    expect(itemOf(fileOf(restPage), '3458764590123456793')).toMatchObject({
      kind: 'shape',
      text: 'Purchase',
      color: null,
      fill: '#e6e6e6',
      fontSize: 24,
    });
  });

  it('reads a card as its title, a line break and its description', () => {
    expect(itemOf(fileOf(restPage), '3458764590123456795')).toMatchObject({
      kind: 'card',
      text: 'Fix shipping estimate\nShow delivery cost before checkout',
      fill: '#2d9bf0',
    });
  });

  it('reads a frame title and keeps an unsupported item as other', () => {
    const file = fileOf(restPage);
    expect(itemOf(file, FRAME)).toMatchObject({ kind: 'frame', text: 'Checkout journey' });
    expect(itemOf(file, '3458764590123456796')).toMatchObject({
      kind: 'other',
      rect: { x: -1040, y: 40, width: 480, height: 320 }, // centre (-800, 200), 480 × 320
      frameId: null,
    });
  });

  it('gives a sticky note without a height the height of its shape', () => {
    const json = structuredClone(restPage);
    const note = json.data[1];
    if (!note) throw new Error('fixture changed');
    note.geometry = { width: 398 } as typeof note.geometry;
    expect(itemOf(fileOf(json), '3458764590123456791').rect.height).toBe(456); // 398 × 228/199
  });

  it('reads a file saved before records (structure in app data) by the tags on its items', () => {
    const { snapshot, warnings } = boardFileToSnapshot(fileOf(appInserted));
    expect(warnings).toEqual([]);
    expect(snapshot.items.find((item) => item.id === '3458764500000000012')?.record).toEqual({
      v: 2,
      role: 'stage',
      map: 'legacy',
      id: 'awareness',
      order: 0,
    });
  });

  it('takes the records the app keeps in item metadata', () => {
    const json = structuredClone(appInserted);
    const record = { v: 2, role: 'stage', map: '3458764500000000002', id: 'awareness', order: 0 };
    Reflect.set(json.journeyMapper.metadata, '3458764500000000012', { journeyMapper: record });
    const { snapshot } = boardFileToSnapshot(fileOf(json));
    expect(snapshot.items.find((item) => item.id === '3458764500000000012')?.record).toEqual(
      record,
    );
  });

  it('ignores a record that is not valid, with a warning', () => {
    const json = structuredClone(appInserted);
    Reflect.set(json.journeyMapper.metadata, '3458764500000000012', {
      journeyMapper: { role: 'stage' },
    });
    const { snapshot, warnings } = boardFileToSnapshot(fileOf(json));
    expect(snapshot.items.find((item) => item.id === '3458764500000000012')?.record).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^The app's record on item 3458764500000000012 is not valid \(/);
  });

  it('leaves out a child whose parent is missing, with a warning', () => {
    const file = fileOf(restPage);
    const items: RestItem[] = file.items.filter((item) => item.id !== FRAME);
    const { snapshot, warnings } = boardFileToSnapshot({ ...file, items });
    expect(snapshot.items.map((item) => item.id)).toEqual([
      '3458764590123456794',
      '3458764590123456796',
    ]);
    expect(warnings[0]).toBe(
      `Item 3458764590123456791 is placed relative to item ${FRAME}, which was not found; it is left out`,
    );
    expect(warnings).toHaveLength(4);
  });
});
