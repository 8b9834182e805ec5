import type { ApplyOptions, Board, InsertedMap } from '../board/port.ts';
import type { BoardPlan } from '../core/layout/BoardPlan.ts';

/**
 * A Board that records the plans it is given. It reports progress half-way and at the end; it can
 * be held half-way until released, and told to fail.
 */
export class FakeBoard implements Board {
  readonly plans: BoardPlan[] = [];
  private failure: Error | null = null;
  private gate: Promise<void> | null = null;

  /** Every apply from now on rejects with `error` (after reporting progress half-way); null heals. */
  failWith(error: Error | null): void {
    this.failure = error;
  }

  /** The next applies wait half-way until the returned function is called. */
  hold(): () => void {
    let release = () => {};
    this.gate = new Promise<void>((resolve) => {
      release = () => {
        this.gate = null;
        resolve();
      };
    });
    return release;
  }

  get lastPlan(): BoardPlan | undefined {
    return this.plans.at(-1);
  }

  async apply(plan: BoardPlan, options: ApplyOptions = {}): Promise<InsertedMap> {
    this.plans.push(plan);
    const total = plan.items.length;
    options.onProgress?.({ done: Math.floor(total / 2), total });
    if (this.gate) await this.gate;
    if (this.failure) throw this.failure;
    options.onProgress?.({ done: total, total });
    return { frameId: `frame-${this.plans.length}`, itemCount: total + 1 };
  }
}
