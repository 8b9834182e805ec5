/** Miro's rate-limit errors are plain `Error`s; callers recognise them by this message. */
export const RATE_LIMIT_MESSAGE = 'API rate limit exceeded. Please retry later.';

/** `index` counts SDK calls from 0 since the emulator was created or its stats were reset. */
export type SdkCall = { index: number; method: string };

/** Consulted before each call; a returned error rejects the call before it changes anything. */
export type FaultInjector = (call: SdkCall) => Error | undefined;

export function failAt(index: number, error?: Error): FaultInjector {
  return (call) =>
    call.index === index ? (error ?? new Error(`Injected failure of call ${index}`)) : undefined;
}

export function rateLimitAt(indexes: Iterable<number>): FaultInjector {
  const limited = new Set(indexes);
  return (call) => (limited.has(call.index) ? new Error(RATE_LIMIT_MESSAGE) : undefined);
}
