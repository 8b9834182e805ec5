import { describe, expect, it } from 'vitest';
import { boardCenter, fromSdkGeometry, parentRelative, toSdkCenter } from './position.ts';

describe('positions', () => {
  it('puts a frame-local rectangle at its centre on the board', () => {
    // frame top-left (1000, -500); rect centre (100 + 50, 20 + 10)
    expect(toSdkCenter({ x: 100, y: 20, width: 100, height: 20 }, { x: 1000, y: -500 })).toEqual({
      x: 1150,
      y: -470,
    });
  });

  it('reads a top-level item back as a top-left rectangle', () => {
    expect(fromSdkGeometry({ x: 0, y: 0, width: 200, height: 100 })).toEqual({
      x: -100,
      y: -50,
      width: 200,
      height: 100,
    });
  });

  it('reads a child of a frame from the frame top-left corner', () => {
    // frame centre (500, 500), 400 × 200 → top-left (300, 400); child centre 50, 60 from it
    const frame = { x: 500, y: 500, width: 400, height: 200 };
    expect(fromSdkGeometry({ x: 50, y: 60, width: 20, height: 40 }, frame)).toEqual({
      x: 340,
      y: 440,
      width: 20,
      height: 40,
    });
  });
});

describe('parent-relative positions', () => {
  // frame centre (500, 500), 400 × 200 → top-left (300, 400)
  const frame = { x: 500, y: 500, width: 400, height: 200 };

  it('puts a child’s centre on the board from its frame’s top-left', () => {
    expect(boardCenter({ x: 50, y: 60 }, frame)).toEqual({ x: 350, y: 460 });
  });

  it('keeps a top-level item’s centre as it is', () => {
    expect(boardCenter({ x: 50, y: 60 }, null)).toEqual({ x: 50, y: 60 });
  });

  it('measures a board point from the frame’s top-left', () => {
    expect(parentRelative({ x: 350, y: 460 }, frame)).toEqual({ x: 50, y: 60 });
  });
});
