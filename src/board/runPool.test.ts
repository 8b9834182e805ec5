import { describe, expect, it } from 'vitest';
import { limiter, runPool, settled } from './runPool.ts';

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('runPool', () => {
  it('keeps at most `concurrency` tasks in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    await runPool(
      Array.from({ length: 20 }, (_, i) => i),
      4,
      async () => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await Promise.resolve();
        await Promise.resolve();
        inFlight--;
      },
    );
    expect(peak).toBe(4);
  });

  it('returns results in input order whatever the finishing order', async () => {
    const gates = [deferred(), deferred(), deferred()];
    const run = runPool([0, 1, 2], 3, async (i) => {
      await gates[i]?.promise;
      return `item ${i}`;
    });
    gates[2]?.resolve();
    gates[0]?.resolve();
    gates[1]?.resolve();
    expect(await run).toEqual(['item 0', 'item 1', 'item 2']);
  });

  it('starts no task after one failed, and waits for the started ones', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const run = runPool([0, 1, 2, 3, 4, 5], 2, async (i) => {
      started.push(i);
      await Promise.resolve();
      if (i === 1) throw new Error('boom');
      await Promise.resolve();
      finished.push(i);
    });
    await expect(run).rejects.toThrow('boom');
    expect(started).toEqual([0, 1]);
    expect(finished).toEqual([0]);
  });

  it('handles an empty input', async () => {
    expect(await runPool([], 3, async () => 1)).toEqual([]);
  });
});

describe('limiter', () => {
  it('never runs more than its bound at once, and runs every function', async () => {
    const limit = limiter(3);
    let running = 0;
    let peak = 0;
    const gates: (() => void)[] = [];
    const runs = Array.from({ length: 10 }, (_, index) =>
      limit(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise<void>((resolve) => gates.push(resolve));
        running--;
        return index;
      }),
    );
    while (gates.length > 0 || running > 0) {
      await Promise.resolve();
      gates.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peak).toBe(3);
  });

  it('frees its slot when a function fails', async () => {
    const limit = limiter(1);
    await expect(limit(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limit(async () => 'next')).resolves.toBe('next');
  });
});

describe('settled', () => {
  it('rejects with the first error only once every promise has settled', async () => {
    let lateDone = false;
    const late = new Promise<void>((resolve) =>
      setTimeout(() => {
        lateDone = true;
        resolve();
      }, 0),
    );
    await expect(settled([Promise.reject(new Error('first')), late])).rejects.toThrow('first');
    expect(lateDone).toBe(true);
  });

  it('resolves to every value in order', async () => {
    await expect(settled([Promise.resolve(1), Promise.resolve('two')])).resolves.toEqual([
      1,
      'two',
    ]);
  });
});
