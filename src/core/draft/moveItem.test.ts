import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveItem } from './moveItem.ts';

describe('moveItem', () => {
  it('moves an item one place up', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
  });

  it('moves an item one place down', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('returns the same array when the move leaves the list', () => {
    const items = ['a', 'b'];
    expect(moveItem(items, 0, -1)).toBe(items);
    expect(moveItem(items, 1, 1)).toBe(items);
    expect(moveItem(items, -1, 1)).toBe(items);
  });

  it('keeps every item exactly once', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer(), { maxLength: 20 }),
        fc.integer({ min: -25, max: 25 }),
        fc.integer({ min: -25, max: 25 }),
        (items, from, offset) => {
          const moved = moveItem(items, from, offset);
          expect([...moved].sort()).toEqual([...items].sort());
        },
      ),
    );
  });
});
