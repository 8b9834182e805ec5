import * as z from 'zod/mini';
import { detailOf } from '../messageOf.ts';
import {
  BoardError,
  type BoardTimer,
  type BoardTimerChange,
  type BoardTimerState,
} from '../port.ts';
import { wasRateLimited } from '../retry.ts';
import type { Call } from './drawPlan.ts';
import type { SdkTimer, SdkTimerEvent } from './sdk.ts';

const STATUS = { STARTED: 'running', PAUSED: 'paused', STOPPED: 'stopped' } as const;

const SdkTimerInstance = z.object({
  restDuration: z.number().check(z.gte(0)),
  status: z.enum(['STARTED', 'PAUSED', 'STOPPED']),
  totalDuration: z.number().check(z.gte(0)),
});

const CHANGES: readonly BoardTimerChange[] = ['start', 'update', 'finish'];

type Action = 'read' | 'start' | 'pause' | 'resume' | 'stop' | 'prolong';

const DOING: Record<Action, string> = {
  read: 'read',
  start: 'started',
  pause: 'paused',
  resume: 'resumed',
  stop: 'stopped',
  prolong: 'given more time',
};

/** The port's timer over `miro.board.timer`: each call bounded and retried as the adapter's. */
export class MiroBoardTimer implements BoardTimer {
  constructor(
    private readonly timer: SdkTimer,
    private readonly call: Call,
  ) {}

  state(): Promise<BoardTimerState> {
    return this.run('read', () => this.timer.get());
  }

  start(durationMs: number): Promise<BoardTimerState> {
    return this.run('start', () => this.timer.start(durationMs));
  }

  pause(): Promise<BoardTimerState> {
    return this.run('pause', () => this.timer.pause());
  }

  resume(): Promise<BoardTimerState> {
    return this.run('resume', () => this.timer.resume());
  }

  stop(): Promise<BoardTimerState> {
    return this.run('stop', () => this.timer.stop());
  }

  prolong(durationMs: number): Promise<BoardTimerState> {
    return this.run('prolong', () => this.timer.prolong(durationMs));
  }

  onChange(listener: (state: BoardTimerState, change: BoardTimerChange) => void): () => void {
    let subscribed = true;
    const handlers = CHANGES.map((change) => {
      const handler = (event: SdkTimerEvent) => {
        const parsed = SdkTimerInstance.safeParse(event?.timer);
        if (subscribed && parsed.success) listener(stateOf(parsed.data), change);
      };
      quietly(() => this.timer.on(change, handler));
      return { change, handler };
    });
    return () => {
      if (!subscribed) return;
      subscribed = false;
      for (const { change, handler } of handlers) quietly(() => this.timer.off(change, handler));
    };
  }

  private async run(action: Action, fn: () => Promise<unknown>): Promise<BoardTimerState> {
    let answer: unknown;
    try {
      answer = await this.call(fn);
    } catch (error) {
      throw timerError(action, error);
    }
    const parsed = SdkTimerInstance.safeParse(answer);
    if (!parsed.success)
      throw new BoardError(
        'failed',
        `The timer could not be ${DOING[action]}: Miro’s answer was not a timer.`,
      );
    return stateOf(parsed.data);
  }
}

function stateOf(timer: z.infer<typeof SdkTimerInstance>): BoardTimerState {
  return {
    status: STATUS[timer.status],
    remainingMs: timer.restDuration,
    totalMs: timer.totalDuration,
  };
}

/** The real SDK's `on`/`off` return a promise: its failure must not go unhandled. */
function quietly(subscribe: () => unknown): void {
  const result = subscribe();
  if (result instanceof Promise) result.catch(() => undefined);
}

function timerError(action: Action, error: unknown): BoardError {
  if (wasRateLimited(error))
    return new BoardError(
      'rateLimited',
      `Miro is receiving too many requests right now, so the timer was not ${DOING[action]}. Please try again in a minute.`,
      { cause: error },
    );
  const detail = detailOf(error);
  return new BoardError('failed', `The timer could not be ${DOING[action]}${detail}.`, {
    cause: error,
  });
}
