import { describe, expect, it } from 'vitest';
import { SimulatedClock } from './SimulatedClock.ts';

describe('SimulatedClock', () => {
  it('finishes waits started together together', async () => {
    const clock = new SimulatedClock();
    await clock.run(() => Promise.all([clock.sleep(30), clock.sleep(30), clock.sleep(30)]));
    expect(clock.now()).toBe(30);
  });

  it('adds up waits that depend on each other', async () => {
    const clock = new SimulatedClock();
    const ends = await clock.run(async () => {
      const seen: number[] = [];
      for (let i = 0; i < 3; i++) {
        await clock.sleep(30);
        seen.push(clock.now());
      }
      return seen;
    });
    expect(ends).toEqual([30, 60, 90]);
  });

  it('rejects as the task does', async () => {
    const clock = new SimulatedClock();
    const run = clock.run(async () => {
      await clock.sleep(10);
      throw new Error('boom');
    });
    await expect(run).rejects.toThrow('boom');
    expect(clock.now()).toBe(10);
  });

  it('tells a task stuck on something other than time', async () => {
    const clock = new SimulatedClock();
    await expect(clock.run(() => new Promise(() => {}))).rejects.toThrow(/other than time/);
  });

  it('fires the timers due when moved by hand, in the order they fall due', () => {
    const clock = new SimulatedClock();
    const fired: string[] = [];
    clock.after(300, () => fired.push(`late at ${clock.now()}`));
    clock.after(100, () => fired.push(`early at ${clock.now()}`));
    clock.advance(299);
    expect(fired).toEqual(['early at 100']);
    clock.advance(1);
    expect(fired).toEqual(['early at 100', 'late at 300']);
    expect(clock.now()).toBe(300);
  });

  it('never fires a timer that was cancelled', () => {
    const clock = new SimulatedClock();
    const fired: number[] = [];
    const cancel = clock.after(10, () => fired.push(clock.now()));
    cancel();
    clock.advance(20);
    expect(fired).toEqual([]);
  });
});
