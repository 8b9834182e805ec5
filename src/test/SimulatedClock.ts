type Timer = { at: number; order: number; fire: () => void };

/** Nothing runs while the task waits only on time, this many macrotask turns in a row: it is stuck. */
const IDLE_TURNS = 20;

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Time that moves only when everything under way is waiting for it: `run` lets the task go as
 * far as it can, then jumps to the next timer due. Calls issued together therefore finish
 * together, and the time a task takes counts its dependent waits, whatever the machine's speed.
 * A test can also move it by hand with `advance`, which fires the timers `after` set.
 */
export class SimulatedClock {
  private time = 0;
  private order = 0;
  private timers: Timer[] = [];

  readonly now = (): number => this.time;

  readonly sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      this.after(ms, resolve);
    });

  readonly after = (ms: number, callback: () => void): (() => void) => {
    const timer = { at: this.time + Math.max(0, ms), order: this.order++, fire: callback };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((pending) => pending !== timer);
    };
  };

  /** Moves time on by `ms`, firing each timer due on the way in the order they fall due. */
  advance(ms: number): void {
    const end = this.time + Math.max(0, ms);
    for (let next = this.nextDue(); next && next.at <= end; next = this.nextDue()) {
      this.timers = this.timers.filter((timer) => timer !== next);
      this.time = next.at;
      next.fire();
    }
    this.time = end;
  }

  private nextDue(): Timer | undefined {
    return [...this.timers].sort((a, b) => a.at - b.at || a.order - b.order)[0];
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    let done = false;
    const result = task().finally(() => {
      done = true;
    });
    result.catch(() => undefined);
    let idle = 0;
    for (;;) {
      await nextTurn();
      if (done) return result;
      if (this.timers.length === 0) {
        if (++idle > IDLE_TURNS) throw new Error('the task waits on something other than time');
        continue;
      }
      idle = 0;
      const at = Math.min(...this.timers.map((timer) => timer.at));
      const due = this.timers.filter((timer) => timer.at === at);
      this.timers = this.timers.filter((timer) => timer.at !== at);
      this.time = at;
      for (const timer of due.sort((a, b) => a.order - b.order)) timer.fire();
    }
  }
}
