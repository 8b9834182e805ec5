import { describe, expect, it } from 'vitest';
import {
  combineFaults,
  failAt,
  failMethod,
  loseResponseAt,
  RATE_LIMIT_MESSAGE,
  rateLimitAt,
} from './faults.ts';
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

describe('lost responses', () => {
  it('charge the call, change the board and publish its events, then reject', async () => {
    const { miro, board } = setup({ faults: loseResponseAt(0, new Error('Network lost')) });
    const created: string[][] = [];
    miro.subscribe((change) => {
      if (change.kind === 'create') created.push(change.itemIds);
    });
    await expect(board.createStickyNote({ content: 'x' })).rejects.toThrow('Network lost');
    expect(miro.items()).toMatchObject([{ type: 'sticky_note', content: 'x' }]);
    expect(created).toEqual([[miro.items()[0]?.id]]);
    expect(miro.stats).toMatchObject({ calls: 1, credits: 50 });
  });

  it("hide the call's own failure behind the injected error", async () => {
    const { miro, board } = setup({ faults: loseResponseAt(0) });
    await expect(board.createStickyNote({ style: { fillColor: 'teal' as 'red' } })).rejects.toThrow(
      'Injected lost response of call 0',
    );
    expect(miro.items()).toEqual([]);
  });
});

describe('failMethod', () => {
  it('fails every call of the method by default, and no other', async () => {
    const { miro, board } = setup({ faults: failMethod('board.getAppData') });
    await expect(board.getAppData('k')).rejects.toThrow('Injected failure of board.getAppData');
    await expect(board.getAppData('k')).rejects.toThrow('Injected failure of board.getAppData');
    await expect(board.createStickyNote({})).resolves.toMatchObject({ type: 'sticky_note' });
    expect(miro.stats.credits).toBe(50);
  });

  it('fails only the first `times` calls', async () => {
    const { board } = setup({ faults: failMethod('board.getAppData', { times: 2 }) });
    const results = await Promise.allSettled([1, 2, 3].map(() => board.getAppData('k')));
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
  });

  it('loses responses when asked to', async () => {
    const error = new Error('Gateway timeout');
    const faults = failMethod('board.createStickyNote', { kind: 'loseResponse', error });
    const { miro, board } = setup({ faults });
    await expect(board.createStickyNote({})).rejects.toBe(error);
    expect(miro.items()).toHaveLength(1);
  });
});

describe('combineFaults', () => {
  it('lets the first injector that answers win', async () => {
    const faults = combineFaults(undefined, failAt(0, new Error('first')), failAt(0));
    const { board } = setup({ faults });
    await expect(board.getAppData('k')).rejects.toThrow('first');
  });

  it('asks every injector about every call, so counts stay true', async () => {
    const faults = combineFaults(
      failAt(0, new Error('first')),
      failMethod('board.getAppData', { times: 1, error: new Error('counted') }),
    );
    const { board } = setup({ faults });
    await expect(board.getAppData('k')).rejects.toThrow('first');
    await expect(board.getAppData('k')).resolves.toBeUndefined(); // the one failure was call 0
  });
});

describe('rate-limit messages', () => {
  it('rateLimitAt takes a message', async () => {
    const { board } = setup({ faults: rateLimitAt([0], '429 Too Many Requests') });
    await expect(board.getAppData('k')).rejects.toThrow('429 Too Many Requests');
  });

  it('rateLimitMessage is the text when credits run out', async () => {
    const { board } = setup({
      limits: { creditsPerMinute: 50 },
      rateLimitMessage: 'Credits exhausted',
    });
    await board.getAppData('k');
    await expect(board.getAppData('k')).rejects.toThrow('Credits exhausted');
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
