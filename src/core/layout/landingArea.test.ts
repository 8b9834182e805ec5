import { describe, expect, it } from 'vitest';
import { LANDING_MARGIN, LANDING_WIDTH, landingArea } from './landingArea.ts';

const m = LANDING_MARGIN;

describe('landingArea', () => {
  it('is the top-left part of a large map, shaped like the view', () => {
    expect(landingArea({ width: 5000, height: 4000 }, 2)).toEqual({
      x: -m,
      y: -m,
      width: LANDING_WIDTH,
      height: LANDING_WIDTH / 2,
    });
  });

  it('is the whole of a small map', () => {
    expect(landingArea({ width: 1000, height: 800 }, 1.5)).toEqual({
      x: -m,
      y: -m,
      width: 1000 + 2 * m,
      height: 800 + 2 * m,
    });
  });

  it('takes the frame height when the view has no shape', () => {
    expect(landingArea({ width: 5000, height: 4000 }, Number.NaN).height).toBe(4000 + 2 * m);
  });
});
