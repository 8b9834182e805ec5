import { describe, expect, it } from 'vitest';
import { nextInRow } from './nextInRow.ts';

const size = { width: 400, height: 300 };
const map = { x: 0, y: 0, width: 400, height: 300 };

describe('nextInRow', () => {
  it('is undefined when the view is on no area', () => {
    expect(nextInRow({ x: 5000, y: 0, width: 100, height: 100 }, [map], size, 50)).toBeUndefined();
  });

  it('goes right of the area the view is on, top-aligned, a gap away', () => {
    const view = { x: 0, y: 0, width: 200, height: 200 };
    expect(nextInRow(view, [map], size, 50)).toEqual({ x: 450, y: 0, ...size });
  });

  it('goes past the areas in the way, a gap from the last of them', () => {
    const view = { x: 0, y: 0, width: 200, height: 200 };
    const beside = { x: 450, y: 100, width: 300, height: 100 };
    const further = { x: 780, y: -50, width: 100, height: 100 };
    const elsewhere = { x: 600, y: 5000, width: 100, height: 100 };
    expect(nextInRow(view, [further, map, elsewhere, beside], size, 50)).toEqual({
      x: 930,
      y: 0,
      ...size,
    });
  });

  it('takes the smallest area holding the view centre (a map inside a larger frame)', () => {
    const outer = { x: -1000, y: -1000, width: 5000, height: 5000 };
    const view = { x: 100, y: 100, width: 100, height: 100 };
    expect(nextInRow(view, [outer, map], size, 50)?.x).toBe(4050);
  });
});
