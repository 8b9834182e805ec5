import { z } from 'zod';
import type { SdkTimerEvent, SdkTimerEventName, SdkTimerInstance } from '../miro/sdk.ts';
import {
  TIMER_FINISH_ON_STOP,
  TIMER_MIN_DURATION_EXCLUSIVE_MS,
  TIMER_CALL_ACCEPTED_IN,
} from '../miroRules/facilitation.ts';
import type { Clock } from './CallMeter.ts';
import { parse } from './sdkArguments.ts';

/** Calls `callback` once after `ms`; returns the function that cancels it. */
export type Schedule = (ms: number, callback: () => void) => () => void;

export const realSchedule: Schedule = (ms, callback) => {
  const handle = setTimeout(callback, ms);
  return () => clearTimeout(handle);
};

type TimerHandler = (event: SdkTimerEvent) => void;

const Duration = z.number().finite().gt(TIMER_MIN_DURATION_EXCLUSIVE_MS);
const EVENTS: readonly string[] = ['start', 'update', 'finish'] satisfies SdkTimerEventName[];

/**
 * Miro's board timer (miroRules/facilitation.ts): one per board, counting down in milliseconds
 * on the emulator's clock; it finishes by a callback `schedule` sets, so tests move time by hand.
 * Handlers hear of each change in a microtask of their own, as the SDK's UI events.
 */
export class EmulatorTimer {
  private status: SdkTimerInstance['status'] = 'STOPPED';
  private totalMs = 0;
  /** While paused or stopped: what is left. While started, `endsAt` holds it. */
  private restMs = 0;
  private endsAt = 0;
  private cancelFinish: (() => void) | null = null;
  private readonly handlers = new Map<SdkTimerEventName, Set<TimerHandler>>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly clock: Clock,
    private readonly schedule: Schedule,
  ) {}

  get(): SdkTimerInstance {
    const restDuration =
      this.status === 'STARTED' ? Math.max(0, this.endsAt - this.clock.now()) : this.restMs;
    return { restDuration, status: this.status, totalDuration: this.totalMs };
  }

  start(durationMs: unknown): SdkTimerInstance {
    const duration = parse(Duration, 'timer.start', durationMs);
    this.require('start');
    this.totalMs = duration;
    this.run(duration);
    return this.changed('start');
  }

  pause(): SdkTimerInstance {
    this.require('pause');
    this.restMs = this.get().restDuration;
    this.halt('PAUSED');
    return this.changed('update');
  }

  resume(): SdkTimerInstance {
    this.require('resume');
    this.run(this.restMs);
    return this.changed('update');
  }

  stop(): SdkTimerInstance {
    this.require('stop');
    this.restMs = 0;
    this.halt('STOPPED');
    return this.changed(TIMER_FINISH_ON_STOP ? 'finish' : 'update');
  }

  prolong(durationMs: unknown): SdkTimerInstance {
    const duration = parse(Duration, 'timer.prolong', durationMs);
    this.require('prolong');
    this.totalMs += duration;
    if (this.status === 'PAUSED') this.restMs += duration;
    else this.run(this.get().restDuration + duration);
    return this.changed('update');
  }

  on(event: unknown, handler: TimerHandler): void {
    const name = eventName(event, 'timer.on');
    if (typeof handler !== 'function') throw new Error('timer.on: the handler must be a function');
    const handlers = this.handlers.get(name) ?? new Set();
    handlers.add(handler);
    this.handlers.set(name, handlers);
  }

  off(event: unknown, handler: TimerHandler): void {
    this.handlers.get(eventName(event, 'timer.off'))?.delete(handler);
  }

  /** Synchronously after every change, for the sandbox's view of the board; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    const subscribed = () => listener();
    this.listeners.add(subscribed);
    return () => this.listeners.delete(subscribed);
  }

  private run(restMs: number): void {
    this.cancelFinish?.();
    this.status = 'STARTED';
    this.endsAt = this.clock.now() + restMs;
    this.cancelFinish = this.schedule(restMs, () => this.finish());
  }

  private halt(status: 'PAUSED' | 'STOPPED'): void {
    this.cancelFinish?.();
    this.cancelFinish = null;
    this.status = status;
  }

  private finish(): void {
    this.cancelFinish = null;
    this.restMs = 0;
    this.status = 'STOPPED';
    this.changed('finish');
  }

  private require(method: keyof typeof TIMER_CALL_ACCEPTED_IN): void {
    const accepted: readonly SdkTimerInstance['status'][] = TIMER_CALL_ACCEPTED_IN[method];
    if (!accepted.includes(this.status))
      throw new Error(`timer.${method}: the timer is ${this.status.toLowerCase()}`);
  }

  private changed(event: SdkTimerEventName): SdkTimerInstance {
    const timer = this.get();
    for (const listener of [...this.listeners]) listener();
    for (const handler of this.handlers.get(event) ?? []) {
      const payload = { timer: { ...timer } };
      queueMicrotask(() => handler(payload));
    }
    return { ...timer };
  }
}

function eventName(event: unknown, method: string): SdkTimerEventName {
  if (typeof event === 'string' && EVENTS.includes(event)) return event as SdkTimerEventName;
  throw new Error(`${method}: unsupported event ${String(event)}`);
}
