import { describe, expect, it } from 'vitest';
import { SimulatedClock } from '../test/SimulatedClock.ts';
import { countDown } from './Clock.ts';

describe('countDown', () => {
  it('ticks each time the whole seconds left go down, then once with 0', () => {
    const clock = new SimulatedClock();
    const ticks: number[] = [];
    countDown(clock, 2500, (remaining) => ticks.push(remaining));
    clock.advance(5000);
    expect(ticks).toEqual([2000, 1000, 0]);
  });

  it('stops ticking once cancelled', () => {
    const clock = new SimulatedClock();
    const ticks: number[] = [];
    const stop = countDown(clock, 3000, (remaining) => ticks.push(remaining));
    clock.advance(1000);
    stop();
    clock.advance(5000);
    expect(ticks).toEqual([2000]);
  });

  it('ticks 0 at once when the end has passed', () => {
    const clock = new SimulatedClock();
    clock.advance(4000);
    const ticks: number[] = [];
    countDown(clock, 1000, (remaining) => ticks.push(remaining));
    expect(ticks).toEqual([0]);
  });
});
