import type { FaultInjector } from './faults.ts';
import { RATE_LIMIT_MESSAGE } from './faults.ts';
import { MINUTE_MS } from './limits.ts';

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
};

/**
 * Runs each SDK call the way Miro would meter it: counts it, waits the latency, lets the fault
 * injector fail it, then charges credits against a rolling minute, rejecting it unchanged when
 * the budget is spent.
 */
export class CallMeter {
  latencyMs: number;
  faults: FaultInjector | undefined;
  private stats: EmulatorStats = { calls: 0, credits: 0, byMethod: {} };
  private charges: Array<{ at: number; credits: number }> = [];

  constructor(private readonly options: CallMeterOptions) {
    this.latencyMs = options.latencyMs;
    this.faults = options.faults;
  }

  snapshot(): EmulatorStats {
    return { ...this.stats, byMethod: { ...this.stats.byMethod } };
  }

  /** Starts counting and fault indexes afresh; credits already spent this minute still count. */
  reset(): void {
    this.stats = { calls: 0, credits: 0, byMethod: {} };
  }

  async run<T>(method: string, credits: number, operation: () => T): Promise<T> {
    const index = this.stats.calls;
    this.stats.calls += 1;
    this.stats.byMethod[method] = (this.stats.byMethod[method] ?? 0) + 1;
    if (this.latencyMs > 0) await this.options.sleep(this.latencyMs);
    const fault = this.faults?.({ index, method });
    if (fault) throw fault;
    this.charge(credits);
    return operation();
  }

  private charge(credits: number): void {
    const now = this.options.clock.now();
    this.charges = this.charges.filter((charge) => charge.at > now - MINUTE_MS);
    const spent = this.charges.reduce((sum, charge) => sum + charge.credits, 0);
    if (spent + credits > this.options.creditsPerMinute) throw new Error(RATE_LIMIT_MESSAGE);
    this.charges.push({ at: now, credits });
    this.stats.credits += credits;
  }
}
