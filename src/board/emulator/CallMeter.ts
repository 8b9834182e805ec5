import type { FaultInjector } from './faults.ts';
import { toFault } from './faults.ts';
import { HOUR_MS, MINUTE_MS } from '../miroRules/limits.ts';

export type Clock = { now(): number };
export type Sleep = (ms: number) => Promise<void>;

/** `calls` and `byMethod` count every call made; `credits` only those the board accepted. */
export type EmulatorStats = { calls: number; credits: number; byMethod: Record<string, number> };

export type CallMeterOptions = {
  clock: Clock;
  sleep: Sleep;
  latencyMs: number;
  faults: FaultInjector | undefined;
  creditsPerMinute: number;
  creditsPerHour: number;
  rateLimitMessage: string;
};

/**
 * Runs each SDK call the way Miro would meter it: counts it, waits the latency, lets the fault
 * injector reject it, then charges credits against a rolling minute and a rolling hour,
 * rejecting it unchanged when either budget is spent. A call whose response the injector loses
 * is charged and takes effect like any other; then it rejects with the injected error, whatever
 * its own outcome was (that answer is what got lost).
 */
export class CallMeter {
  latencyMs: number;
  faults: FaultInjector | undefined;
  private stats: EmulatorStats = { calls: 0, credits: 0, byMethod: {} };
  private readonly budgets: RollingBudget[];

  constructor(private readonly options: CallMeterOptions) {
    this.latencyMs = options.latencyMs;
    this.faults = options.faults;
    this.budgets = [
      new RollingBudget(MINUTE_MS, options.creditsPerMinute),
      new RollingBudget(HOUR_MS, options.creditsPerHour),
    ];
  }

  snapshot(): EmulatorStats {
    return { ...this.stats, byMethod: { ...this.stats.byMethod } };
  }

  /** Starts counting and fault indexes afresh; credits spent this minute and hour still count. */
  reset(): void {
    this.stats = { calls: 0, credits: 0, byMethod: {} };
  }

  async run<T>(method: string, credits: number, operation: () => T): Promise<T> {
    const index = this.stats.calls;
    this.stats.calls += 1;
    this.stats.byMethod[method] = (this.stats.byMethod[method] ?? 0) + 1;
    if (this.latencyMs > 0) await this.options.sleep(this.latencyMs);
    const fault = toFault(this.faults?.({ index, method }));
    if (fault?.kind === 'reject') throw fault.error;
    if (!fault) {
      this.charge(credits);
      return operation();
    }
    try {
      this.charge(credits);
      operation();
    } catch {
      // Lost with the response.
    }
    throw fault.error;
  }

  private charge(credits: number): void {
    const now = this.options.clock.now();
    if (!this.budgets.every((budget) => budget.fits(now, credits)))
      throw new Error(this.options.rateLimitMessage);
    for (const budget of this.budgets) budget.add(now, credits);
    this.stats.credits += credits;
  }
}

/**
 * The credits charged in the last `windowMs`, oldest first; a charge leaves the window once
 * `windowMs` have passed since it. Assumes the clock does not run backwards.
 */
class RollingBudget {
  private charges: Array<{ at: number; credits: number }> = [];
  private first = 0;
  private spent = 0;

  constructor(
    private readonly windowMs: number,
    private readonly limit: number,
  ) {}

  fits(now: number, credits: number): boolean {
    this.expire(now);
    return this.spent + credits <= this.limit;
  }

  add(now: number, credits: number): void {
    this.charges.push({ at: now, credits });
    this.spent += credits;
  }

  private expire(now: number): void {
    let charge = this.charges[this.first];
    while (charge && charge.at <= now - this.windowMs) {
      this.spent -= charge.credits;
      this.first += 1;
      charge = this.charges[this.first];
    }
    if (this.first > this.charges.length / 2) {
      this.charges = this.charges.slice(this.first);
      this.first = 0;
    }
  }
}
