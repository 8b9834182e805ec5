import { describe, expect, it } from 'vitest';
import { hitTest, itemsInside, rectBetween } from './hitTest.ts';

const frame = { id: 'frame', type: 'frame', rect: { x: 0, y: 0, width: 1000, height: 600 } };
const back = { id: 'back', type: 'shape', rect: { x: 100, y: 100, width: 300, height: 200 } };
const front = {
  id: 'front',
  type: 'sticky_note',
  rect: { x: 200, y: 150, width: 199, height: 228 },
};
const targets = [frame, back, front];

describe('hitTest', () => {
  it('finds the topmost item under the point', () => {
    expect(hitTest(targets, { x: 250, y: 200 }, 20)).toBe('front');
  });

  it('finds an item below when the top one is elsewhere', () => {
    expect(hitTest(targets, { x: 120, y: 120 }, 20)).toBe('back');
  });

  it('finds the frame by its body when nothing else is there', () => {
    expect(hitTest(targets, { x: 900, y: 500 }, 20)).toBe('frame');
  });

  it('finds the frame by its title above the top-left corner', () => {
    expect(hitTest(targets, { x: 30, y: -10 }, 20)).toBe('frame');
  });

  it('prefers an item over a frame drawn after it', () => {
    const later = { id: 'later', type: 'frame', rect: { x: 150, y: 120, width: 200, height: 200 } };
    expect(hitTest([frame, back, later], { x: 160, y: 130 }, 20)).toBe('back');
  });

  it('finds nothing on the empty board', () => {
    expect(hitTest(targets, { x: -50, y: 700 }, 20)).toBeUndefined();
  });
});

describe('itemsInside', () => {
  it('takes only the items wholly inside the area', () => {
    expect(itemsInside(targets, { x: 90, y: 90, width: 320, height: 220 })).toEqual(['back']);
  });
});

describe('rectBetween', () => {
  it('spans two corners dragged up and left', () => {
    expect(rectBetween({ x: 10, y: 20 }, { x: 4, y: 5 })).toEqual({
      x: 4,
      y: 5,
      width: 6,
      height: 15,
    });
  });
});
