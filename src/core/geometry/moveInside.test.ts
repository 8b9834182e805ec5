import { describe, expect, it } from 'vitest';
import { moveInside } from './moveInside.ts';

const area = { x: 0, y: 0, width: 100, height: 50 };

describe('moveInside', () => {
  it('leaves a rectangle that is inside where it is', () => {
    expect(moveInside({ x: 10, y: 10, width: 20, height: 20 }, area)).toEqual({
      x: 10,
      y: 10,
      width: 20,
      height: 20,
    });
  });

  it('pulls a rectangle hanging over the edges back in, no further', () => {
    // 100 − 20, 0
    expect(moveInside({ x: 95, y: -5, width: 20, height: 20 }, area)).toEqual({
      x: 80,
      y: 0,
      width: 20,
      height: 20,
    });
  });

  it("aligns a rectangle larger than the area to the area's top-left", () => {
    expect(moveInside({ x: 30, y: 30, width: 200, height: 80 }, area)).toMatchObject({
      x: 0,
      y: 0,
    });
  });
});
