import { describe, expect, it } from 'vitest';
import {
  boardRect,
  boundsOf,
  rectAround,
  rectCenter,
  frameRect,
  frameToBoard,
  rectContains,
  rectContainsPoint,
  rectExtent,
  rectOfIntervals,
  rectsOverlap,
  translateRect,
  type BoardRect,
  type FrameRect,
} from './Rect.ts';

const inFrame = frameRect({ x: 440, y: 690, width: 680, height: 520 });

describe('Rect', () => {
  it('puts a frame-local rectangle on the board by the frame’s top-left corner', () => {
    // 1000 + 440, −200 + 690
    expect(frameToBoard(inFrame, { x: 1000, y: -200 })).toEqual({
      x: 1440,
      y: 490,
      width: 680,
      height: 520,
    });
  });

  it('keeps frame-local and board rectangles apart', () => {
    const onBoard: BoardRect = frameToBoard(inFrame, { x: 0, y: 0 });
    // tsc checks that each of the next three lines is refused
    // @ts-expect-error a frame-local rectangle is not a board rectangle
    const mixedUp: BoardRect = inFrame;
    // @ts-expect-error a board rectangle is not a frame-local one
    const mixedBack: FrameRect = onBoard;
    // @ts-expect-error the generic helpers take two rectangles of one kind
    rectsOverlap(inFrame, onBoard);
    expect([mixedUp, mixedBack]).toEqual([inFrame, onBoard]);
  });

  it('is made from the intervals of its sides, and gives them back', () => {
    const rect = rectOfIntervals({ start: 440, end: 1120 }, { start: 690, end: 1210 });
    expect(rect).toEqual({ x: 440, y: 690, width: 680, height: 520 });
    expect(rectExtent(rect, 'x')).toEqual({ start: 440, end: 1120 });
    expect(rectExtent(rect, 'y')).toEqual({ start: 690, end: 1210 });
  });

  it('overlaps only by interior area; touching edges do not overlap', () => {
    const a = boardRect({ x: 0, y: 0, width: 10, height: 10 });
    expect(rectsOverlap(a, boardRect({ x: 9, y: 9, width: 5, height: 5 }))).toBe(true);
    expect(rectsOverlap(a, boardRect({ x: 10, y: 0, width: 5, height: 5 }))).toBe(false);
  });

  it('contains rectangles inside it, edges included, and points by top-left inclusive edges', () => {
    const outer = { x: 0, y: 0, width: 10, height: 10 };
    expect(rectContains(outer, { x: 0, y: 0, width: 10, height: 10 })).toBe(true);
    expect(rectContains(outer, { x: 1, y: 1, width: 10, height: 2 })).toBe(false);
    expect(rectContainsPoint(outer, { x: 0, y: 9.5 })).toBe(true);
    expect(rectContainsPoint(outer, { x: 10, y: 5 })).toBe(false);
  });

  it('moves without changing its kind', () => {
    const moved: FrameRect = translateRect(inFrame, 10, -10);
    expect(moved).toEqual({ x: 450, y: 680, width: 680, height: 520 });
  });
});

describe('boundsOf', () => {
  it('spans all rectangles', () => {
    const rects = [
      { x: 0, y: 0, width: 10, height: 10 },
      { x: -5, y: 20, width: 10, height: 10 },
    ];
    expect(boundsOf(rects)).toEqual({ x: -5, y: 0, width: 15, height: 30 });
  });

  it('is undefined for none', () => {
    expect(boundsOf([])).toBeUndefined();
  });
});

describe('rectAround', () => {
  it('is the rectangle whose centre is the point', () => {
    const rect = rectAround({ x: 10, y: -4 }, { width: 8, height: 6 });
    expect(rect).toEqual({ x: 6, y: -7, width: 8, height: 6 });
    expect(rectCenter(rect)).toEqual({ x: 10, y: -4 });
  });
});
