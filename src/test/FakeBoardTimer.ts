import type { BoardTimer, BoardTimerChange, BoardTimerState } from '../board/port.ts';

/**
 * A board timer with no clock: it keeps the state the calls leave, and time passes only when a
 * test says so (`elapse`, `finish`). Listeners hear of each change at once.
 */
export class FakeBoardTimer implements BoardTimer {
  current: BoardTimerState = { status: 'stopped', remainingMs: 0, totalMs: 0 };
  readonly calls: string[] = [];
  private readonly listeners = new Set<
    (state: BoardTimerState, change: BoardTimerChange) => void
  >();

  async state(): Promise<BoardTimerState> {
    return { ...this.current };
  }

  async start(durationMs: number): Promise<BoardTimerState> {
    this.calls.push(`start ${durationMs}`);
    return this.change('start', {
      status: 'running',
      remainingMs: durationMs,
      totalMs: durationMs,
    });
  }

  async pause(): Promise<BoardTimerState> {
    this.calls.push('pause');
    return this.change('update', { ...this.current, status: 'paused' });
  }

  async resume(): Promise<BoardTimerState> {
    this.calls.push('resume');
    return this.change('update', { ...this.current, status: 'running' });
  }

  async stop(): Promise<BoardTimerState> {
    this.calls.push('stop');
    return this.change('update', { ...this.current, status: 'stopped', remainingMs: 0 });
  }

  async prolong(durationMs: number): Promise<BoardTimerState> {
    this.calls.push(`prolong ${durationMs}`);
    const { status, remainingMs, totalMs } = this.current;
    return this.change('update', {
      status,
      remainingMs: remainingMs + durationMs,
      totalMs: totalMs + durationMs,
    });
  }

  onChange(listener: (state: BoardTimerState, change: BoardTimerChange) => void): () => void {
    const subscribed = (state: BoardTimerState, change: BoardTimerChange) =>
      listener(state, change);
    this.listeners.add(subscribed);
    return () => this.listeners.delete(subscribed);
  }

  /** Time passing while it runs, as the board would report it. */
  elapse(ms: number): void {
    const remainingMs = Math.max(0, this.current.remainingMs - ms);
    this.change('update', { ...this.current, remainingMs });
  }

  /** The time running out. */
  finish(): void {
    this.change('finish', { ...this.current, status: 'stopped', remainingMs: 0 });
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  private change(change: BoardTimerChange, state: BoardTimerState): BoardTimerState {
    this.current = state;
    for (const listener of [...this.listeners]) listener({ ...state }, change);
    return { ...state };
  }
}
