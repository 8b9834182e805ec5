/**
 * The default text of the emulator's rate-limit errors. Miro's are plain `Error`s and it
 * documents no text, so callers must not match this one exactly (see `rateLimitMessage`).
 */
export const RATE_LIMIT_MESSAGE = 'API rate limit exceeded. Please retry later.';

/** `index` counts SDK calls from 0 since the emulator was created or its stats were reset. */
export type SdkCall = { index: number; method: string };

/**
 * `reject`: the call fails before it changes anything. `loseResponse`: it takes effect, then
 * fails as if its answer was lost.
 */
export type Fault = { kind: 'reject' | 'loseResponse'; error: Error };

/** Consulted before each call; a bare `Error` means `reject`, `undefined` lets the call run. */
export type FaultInjector = (call: SdkCall) => Fault | Error | undefined;

/** Rejects the call at `index`. */
export function failAt(index: number, error?: Error): FaultInjector {
  return (call) =>
    call.index === index ? (error ?? new Error(`Injected failure of call ${index}`)) : undefined;
}

/** Lets the call at `index` take effect, then rejects it as if its answer was lost. */
export function loseResponseAt(index: number, error?: Error): FaultInjector {
  return (call) =>
    call.index === index
      ? {
          kind: 'loseResponse',
          error: error ?? new Error(`Injected lost response of call ${index}`),
        }
      : undefined;
}

/**
 * Fails the first `times` calls of `method` (e.g. `board.remove`), every one by default;
 * `kind` defaults to `reject`.
 */
export function failMethod(
  method: string,
  options: { times?: number; error?: Error; kind?: Fault['kind'] } = {},
): FaultInjector {
  const { times = Number.POSITIVE_INFINITY, kind = 'reject' } = options;
  let seen = 0;
  return (call) => {
    if (call.method !== method) return undefined;
    seen += 1;
    if (seen > times) return undefined;
    return { kind, error: options.error ?? new Error(`Injected failure of ${method}`) };
  };
}

/** Rejects the calls at `indexes` with a rate-limit error. */
export function rateLimitAt(
  indexes: Iterable<number>,
  message: string = RATE_LIMIT_MESSAGE,
): FaultInjector {
  const limited = new Set(indexes);
  return (call) => (limited.has(call.index) ? new Error(message) : undefined);
}

/**
 * Every injector is asked about every call, in order (so counting ones such as `failMethod`
 * count each call of their method); the first that answers wins.
 */
export function combineFaults(...injectors: (FaultInjector | undefined)[]): FaultInjector {
  return (call) => {
    let fault: Fault | Error | undefined;
    for (const injector of injectors) {
      const answer = injector?.(call);
      fault ??= answer;
    }
    return fault;
  };
}

/** An injector's answer as a `Fault`. */
export function toFault(answer: Fault | Error | undefined): Fault | undefined {
  if (answer === undefined) return undefined;
  return answer instanceof Error ? { kind: 'reject', error: answer } : answer;
}
