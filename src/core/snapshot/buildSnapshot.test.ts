import { describe, expect, it } from 'vitest';
import { boardRect } from '../geometry/Rect.ts';
import type { RawSnapshotItem } from './BoardSnapshot.ts';
import { buildSnapshot } from './buildSnapshot.ts';

function item(
  id: string,
  kind: RawSnapshotItem['kind'],
  x: number,
  y: number,
  size: number,
  parentId: string | null = null,
): RawSnapshotItem {
  return {
    id,
    kind,
    rect: boardRect({ x, y, width: size, height: size }),
    text: '',
    color: null,
    fill: null,
    fontSize: null,
    tags: [],
    author: null,
    createdAt: null,
    modifiedAt: null,
    parentId,
    record: null,
    votes: 0,
  };
}

describe('buildSnapshot', () => {
  it('keeps an attached item in its frame', () => {
    const snapshot = buildSnapshot([
      item('f', 'frame', 0, 0, 1000),
      item('n', 'sticky', 5000, 5000, 10, 'f'),
    ]);
    expect(snapshot.items.find((i) => i.id === 'n')?.frameId).toBe('f');
  });

  it('counts an unattached item inside the smallest frame holding its centre', () => {
    const snapshot = buildSnapshot([
      item('big', 'frame', 0, 0, 1000),
      item('small', 'frame', 100, 100, 300),
      item('n', 'sticky', 190, 190, 20), // centre (200, 200)
      item('m', 'sticky', 600, 600, 20),
      item('out', 'sticky', 2000, 0, 20),
    ]);
    expect(snapshot.items.map((i) => [i.id, i.frameId])).toEqual([
      ['big', null],
      ['small', null],
      ['n', 'small'],
      ['m', 'big'],
      ['out', null],
    ]);
  });

  it('keeps every field of each item, in order, and adds its frame', () => {
    const note: RawSnapshotItem = {
      ...item('n', 'sticky', 10, 10, 20, 'f'),
      text: 'Slow checkout',
      color: 'red',
      fill: '#ff0000',
      fontSize: 14,
      tags: ['pain'],
      author: 'u1',
      createdAt: '2026-01-01T00:00:00.000Z',
      modifiedAt: '2026-01-02T00:00:00.000Z',
      record: { v: 2, role: 'stage', map: 'm1', id: 'stage-1', order: 0 },
      votes: 3,
    };
    const [, placed] = buildSnapshot([item('f', 'frame', 0, 0, 1000), note]).items;
    expect(placed).toStrictEqual({ ...note, frameId: 'f' });
    expect(Object.keys(placed ?? {})).toEqual([...Object.keys(note), 'frameId']);
  });
});
