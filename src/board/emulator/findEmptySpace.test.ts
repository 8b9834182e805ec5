import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEmptySpace } from './findEmptySpace.ts';

describe('findEmptySpace', () => {
  it('returns the requested spot on an empty board', () => {
    expect(findEmptySpace({ x: 10, y: 20, width: 200, height: 100 }, [])).toEqual({
      x: 10,
      y: 20,
      width: 200,
      height: 100,
    });
  });

  it('steps past an item, keeping the offset clear', () => {
    const occupied = [{ x: 0, y: 0, width: 200, height: 200 }];
    // grown size 140; clear when |cy| ≥ (140 + 200) / 2 = 170; step 50 → 200, first upwards
    expect(findEmptySpace({ x: 0, y: 0, width: 100, height: 100, offset: 20 }, occupied)).toEqual({
      x: 0,
      y: -200,
      width: 100,
      height: 100,
    });
  });

  it('lets the result touch an item edge to edge', () => {
    const occupied = [{ x: 0, y: 0, width: 100, height: 100 }];
    // step 50; (0, -100) touches the item's top edge
    expect(findEmptySpace({ x: 0, y: 0, width: 100, height: 100 }, occupied).y).toBe(-100);
  });

  it('never overlaps an existing item, grown by the offset', () => {
    const rect = fc.record({
      x: fc.integer({ min: -1000, max: 1000 }),
      y: fc.integer({ min: -1000, max: 1000 }),
      width: fc.integer({ min: 10, max: 500 }),
      height: fc.integer({ min: 10, max: 500 }),
    });
    const request = fc.record({
      x: fc.integer({ min: -500, max: 500 }),
      y: fc.integer({ min: -500, max: 500 }),
      width: fc.integer({ min: 50, max: 300 }),
      height: fc.integer({ min: 50, max: 300 }),
      offset: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 12 }), request, (occupied, wanted) => {
        const found = findEmptySpace(wanted, occupied);
        expect(found.width).toBe(wanted.width);
        for (const item of occupied) {
          const apartX =
            Math.abs(found.x - item.x) * 2 >= found.width + 2 * wanted.offset + item.width;
          const apartY =
            Math.abs(found.y - item.y) * 2 >= found.height + 2 * wanted.offset + item.height;
          expect(apartX || apartY).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
