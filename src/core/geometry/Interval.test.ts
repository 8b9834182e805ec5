import { describe, expect, it } from 'vitest';
import {
  findInterval,
  intervalCenter,
  intervalContains,
  intervalCovers,
  intervalFrom,
  intervalLength,
  intervalsOverlap,
  overlapLength,
} from './Interval.ts';

describe('Interval', () => {
  it('is made from a start and a length, and measured back', () => {
    const interval = intervalFrom(440, 680);
    expect(interval).toEqual({ start: 440, end: 1120 }); // 440 + 680
    expect(intervalLength(interval)).toBe(680);
    expect(intervalCenter(interval)).toBe(780); // 440 + 680 / 2
  });

  it('contains its start but not its end', () => {
    const interval = { start: 10, end: 20 };
    expect(intervalContains(interval, 10)).toBe(true);
    expect(intervalContains(interval, 19.5)).toBe(true);
    expect(intervalContains(interval, 20)).toBe(false);
    expect(intervalContains(interval, 9)).toBe(false);
  });

  it('covers an interval inside it, ends included', () => {
    expect(intervalCovers({ start: 0, end: 10 }, { start: 0, end: 10 })).toBe(true);
    expect(intervalCovers({ start: 0, end: 10 }, { start: 2, end: 11 })).toBe(false);
  });

  it('overlaps another only by interior length; touching ends do not overlap', () => {
    expect(intervalsOverlap({ start: 0, end: 10 }, { start: 9, end: 12 })).toBe(true);
    expect(intervalsOverlap({ start: 0, end: 10 }, { start: 10, end: 12 })).toBe(false);
  });

  it('measures the overlap, negative by the gap when apart', () => {
    expect(overlapLength({ start: 0, end: 10 }, { start: 6, end: 20 })).toBe(4);
    expect(overlapLength({ start: 0, end: 10 }, { start: 13, end: 20 })).toBe(-3);
  });

  it('finds the interval holding a value among ordered ones, or -1 in a gap or outside', () => {
    const intervals = [
      { start: 0, end: 10 },
      { start: 10, end: 20 },
      { start: 25, end: 40 },
    ];
    expect(findInterval(intervals, 0)).toBe(0);
    expect(findInterval(intervals, 10)).toBe(1);
    expect(findInterval(intervals, 39)).toBe(2);
    expect(findInterval(intervals, 22)).toBe(-1);
    expect(findInterval(intervals, 40)).toBe(-1);
    expect(findInterval(intervals, -1)).toBe(-1);
    expect(findInterval([], 5)).toBe(-1);
  });
});
