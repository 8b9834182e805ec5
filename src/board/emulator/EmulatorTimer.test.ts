import { describe, expect, it } from 'vitest';
import { SimulatedClock } from '../../test/SimulatedClock.ts';
import type { SdkTimerEvent } from '../miro/sdk.ts';
import type { BoardChange } from './EmulatorState.ts';
import { MiroEmulator } from './MiroEmulator.ts';

function setup(options: { canUseTimer?: boolean } = {}) {
  const clock = new SimulatedClock();
  const miro = new MiroEmulator({
    clock,
    schedule: clock.after,
    canUse: { timer: options.canUseTimer ?? true },
  });
  return { miro, timer: miro.board.timer, clock };
}

/** Lets the handlers queued as microtasks run. */
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('the emulated board timer (miro.board.timer)', () => {
  it('is stopped with nothing left before it is started', async () => {
    const { timer } = setup();
    expect(await timer.get()).toEqual({ restDuration: 0, status: 'STOPPED', totalDuration: 0 });
  });

  it('counts down in milliseconds on the emulator clock', async () => {
    const { timer, clock } = setup();
    expect(await timer.start(60_000)).toEqual({
      restDuration: 60_000,
      status: 'STARTED',
      totalDuration: 60_000,
    });
    clock.advance(15_000);
    expect((await timer.get()).restDuration).toBe(45_000);
  });

  it('keeps what is left while paused and goes on from there on resume', async () => {
    const { timer, clock } = setup();
    await timer.start(60_000);
    clock.advance(10_000);
    expect(await timer.pause()).toMatchObject({ restDuration: 50_000, status: 'PAUSED' });
    clock.advance(30_000);
    expect((await timer.get()).restDuration).toBe(50_000);
    await timer.resume();
    clock.advance(20_000);
    expect(await timer.get()).toEqual({
      restDuration: 30_000, // 50,000 − 20,000
      status: 'STARTED',
      totalDuration: 60_000,
    });
  });

  it('adds to the time left and to the total on prolong, running or paused', async () => {
    const { timer, clock } = setup();
    await timer.start(60_000);
    clock.advance(50_000);
    expect(await timer.prolong(60_000)).toEqual({
      restDuration: 70_000, // 10,000 + 60,000
      status: 'STARTED',
      totalDuration: 120_000,
    });
    await timer.pause();
    expect(await timer.prolong(1_000)).toMatchObject({ restDuration: 71_000, status: 'PAUSED' });
  });

  it('finishes when the time runs out, not before, and tells the handlers', async () => {
    const { timer, clock } = setup();
    const finished: SdkTimerEvent[] = [];
    timer.on('finish', (event) => finished.push(event));
    await timer.start(60_000);
    await timer.prolong(1_000);
    clock.advance(60_999);
    await flush();
    expect(finished).toEqual([]);
    clock.advance(1);
    await flush();
    expect(finished).toEqual([
      { timer: { restDuration: 0, status: 'STOPPED', totalDuration: 61_000 } },
    ]);
  });

  it('does not finish after it was stopped or while paused', async () => {
    const { timer, clock } = setup();
    const finished: SdkTimerEvent[] = [];
    timer.on('finish', (event) => finished.push(event));
    await timer.start(1_000);
    await timer.pause();
    clock.advance(5_000);
    await timer.resume();
    await timer.stop();
    clock.advance(5_000);
    await flush();
    expect(finished).toEqual([]);
    expect(await timer.get()).toMatchObject({ restDuration: 0, status: 'STOPPED' });
  });

  it('raises start on start and update on pause, resume, prolong and stop, after the call', async () => {
    const { timer } = setup();
    const seen: string[] = [];
    const handler = (name: string) => (event: SdkTimerEvent) =>
      seen.push(`${name} ${event.timer.status}`);
    timer.on('start', handler('start'));
    timer.on('update', handler('update'));
    const pending = timer.start(60_000);
    expect(seen).toEqual([]);
    await pending;
    await timer.pause();
    await timer.resume();
    await timer.prolong(1_000);
    await timer.stop();
    await flush();
    expect(seen).toEqual([
      'start STARTED',
      'update PAUSED',
      'update STARTED',
      'update STARTED',
      'update STOPPED',
    ]);
  });

  it('stops telling a handler once it is off', async () => {
    const { timer } = setup();
    const seen: string[] = [];
    const handler = () => seen.push('start');
    timer.on('start', handler);
    timer.off('start', handler);
    await timer.start(1_000);
    await flush();
    expect(seen).toEqual([]);
  });

  it('refuses a duration that is not above zero', async () => {
    const { timer } = setup();
    await expect(timer.start(0)).rejects.toThrow(/^timer\.start: /);
    await expect(timer.start(Number.NaN)).rejects.toThrow(/^timer\.start: /);
  });

  it('refuses calls in a state they do not change (the stricter reading)', async () => {
    const { timer } = setup();
    await expect(timer.pause()).rejects.toThrow('timer.pause: the timer is stopped');
    await expect(timer.resume()).rejects.toThrow('timer.resume: the timer is stopped');
    await expect(timer.stop()).rejects.toThrow('timer.stop: the timer is stopped');
    await expect(timer.prolong(1_000)).rejects.toThrow('timer.prolong: the timer is stopped');
    await timer.start(1_000);
    await expect(timer.start(1_000)).rejects.toThrow('timer.start: the timer is started');
    await expect(timer.resume()).rejects.toThrow('timer.resume: the timer is started');
  });

  it('is refused, and canUse says so, on a board whose plan has no timer', async () => {
    const { miro, timer } = setup({ canUseTimer: false });
    expect(await miro.board.canUse('timer')).toBe(false);
    await expect(timer.start(60_000)).rejects.toThrow(/only available on paid plans/);
    await expect(timer.get()).rejects.toThrow(/only available on paid plans/);
  });

  it('says canUse timer on a paid board, by default', async () => {
    expect(await new MiroEmulator().board.canUse('timer')).toBe(true);
  });

  it('meters each call as an SDK call', async () => {
    const { miro, timer } = setup();
    await timer.start(1_000);
    await timer.get();
    expect(miro.stats.byMethod).toEqual({ 'board.timer.start': 1, 'board.timer.get': 1 });
    expect(miro.stats.credits).toBe(100); // 2 × 50
  });

  it('tells subscribers such as the sandbox at once, and shows its state to them', async () => {
    const { miro, timer } = setup();
    const changes: BoardChange[] = [];
    miro.subscribe((change) => changes.push(change));
    await timer.start(2_000);
    expect(changes).toEqual([{ kind: 'timer' }]);
    expect(miro.timer).toEqual({ restDuration: 2_000, status: 'STARTED', totalDuration: 2_000 });
  });
});
