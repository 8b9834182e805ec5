import { describe, expect, it } from 'vitest';
import { failAt, RATE_LIMIT_MESSAGE, rateLimitAt } from './faults.ts';
import { MiroEmulator } from './MiroEmulator.ts';

function setup(options: ConstructorParameters<typeof MiroEmulator>[0] = {}) {
  const clock = { time: 0, now: () => clock.time };
  const miro = new MiroEmulator({ clock, ...options });
  return { miro, board: miro.board, clock };
}

describe('call accounting', () => {
  it('counts every call at 50 credits, by method', async () => {
    const { miro, board } = setup();
    const note = await board.createStickyNote({});
    note.x = 10;
    await note.sync();
    await board.getAppData('k');
    expect(miro.stats).toEqual({
      calls: 3,
      credits: 150, // 3 × 50
      byMethod: { 'board.createStickyNote': 1, 'item.sync': 1, 'board.getAppData': 1 },
    });
  });

  it('starts afresh after resetStats', async () => {
    const { miro, board } = setup();
    await board.getAppData('k');
    miro.resetStats();
    expect(miro.stats).toEqual({ calls: 0, credits: 0, byMethod: {} });
  });

  it('counts frame.add and metadata calls', async () => {
    const { miro, board } = setup();
    const frame = await board.createFrame({ width: 400, height: 400 });
    const note = await board.createStickyNote({});
    await frame.add(note);
    await note.getMetadata('k');
    expect(miro.stats.byMethod).toMatchObject({ 'frame.add': 1, 'item.getMetadata': 1 });
  });
});

describe('rate limit', () => {
  it('allows 2,000 calls a minute and rejects the next', async () => {
    const { miro, board } = setup();
    for (let i = 0; i < 2000; i++) await board.getAppData('k'); // 2,000 × 50 = 100,000
    await expect(board.getAppData('k')).rejects.toThrow(RATE_LIMIT_MESSAGE);
    expect(miro.stats.credits).toBe(100_000);
  });

  it('rejects without changing the board', async () => {
    const { miro, board } = setup({ limits: { creditsPerMinute: 100 } });
    await board.createStickyNote({});
    await board.createStickyNote({});
    const before = miro.snapshot();
    await expect(board.createStickyNote({})).rejects.toThrow(/rate limit/);
    expect(miro.snapshot()).toEqual(before);
  });

  it('frees credits as the rolling minute passes', async () => {
    const { board, clock } = setup({ limits: { creditsPerMinute: 100 } });
    await board.getAppData('k');
    clock.time = 30_000;
    await board.getAppData('k');
    clock.time = 60_000; // the first call, at 0, has left the window
    await expect(board.getAppData('k')).resolves.toBeUndefined();
    await expect(board.getAppData('k')).rejects.toThrow(RATE_LIMIT_MESSAGE);
  });
});

describe('fault injection', () => {
  it('fails the chosen call and leaves the board unchanged', async () => {
    const { miro, board } = setup({ faults: failAt(1, new Error('boom')) });
    await board.createStickyNote({});
    const before = miro.snapshot();
    await expect(board.createStickyNote({})).rejects.toThrow('boom');
    expect(miro.snapshot()).toEqual(before);
    await expect(board.createStickyNote({})).resolves.toMatchObject({ type: 'sticky_note' });
  });

  it('fails an item sync unchanged', async () => {
    const { miro, board } = setup();
    const note = await board.createStickyNote({});
    const before = miro.snapshot();
    miro.faults = failAt(1);
    note.x = 300;
    await expect(note.sync()).rejects.toThrow('Injected failure of call 1');
    expect(miro.snapshot()).toEqual(before);
  });

  it('injects rate-limit errors at chosen indexes', async () => {
    const { miro, board } = setup({ faults: rateLimitAt([0, 2]) });
    const results = await Promise.allSettled([
      board.getAppData('k'),
      board.getAppData('k'),
      board.getAppData('k'),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled', 'rejected']);
    expect(miro.stats).toMatchObject({ calls: 3, credits: 50 });
  });

  it('counts fault indexes from the last resetStats', async () => {
    const { miro, board } = setup({ faults: failAt(0) });
    await expect(board.getAppData('k')).rejects.toThrow();
    miro.resetStats();
    await expect(board.getAppData('k')).rejects.toThrow();
  });
});

describe('latency', () => {
  it('awaits the injected sleep before each call takes effect', async () => {
    const waits: number[] = [];
    let wake = () => {};
    const sleep = (ms: number) =>
      new Promise<void>((resolve) => {
        waits.push(ms);
        wake = resolve;
      });
    const { miro, board } = setup({ latencyMs: 25, sleep });
    const created = board.createStickyNote({});
    await Promise.resolve();
    expect(waits).toEqual([25]);
    expect(miro.items()).toEqual([]);
    wake();
    await created;
    expect(miro.items()).toHaveLength(1);
  });
});
