/**
 * Runs `task` over `inputs` with at most `concurrency` in flight, in input order as slots free
 * up. Rejects with the first error once the tasks already started have settled, and starts no
 * new task after an error.
 */
export async function runPool<T, R>(
  inputs: readonly T[],
  concurrency: number,
  task: (input: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(inputs.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < inputs.length) {
      const index = next++;
      try {
        results[index] = await task(inputs[index] as T, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(concurrency, inputs.length)) }, worker);
  await Promise.all(workers);
  if (failure) throw failure.error;
  return results;
}

/**
 * Like `Promise.all`, but it waits for every promise to settle before it rejects with the first
 * error, so nothing is still under way when the caller starts cleaning up.
 */
export async function settled<T extends readonly unknown[]>(
  promises: [...{ [K in keyof T]: Promise<T[K]> }],
): Promise<T> {
  const results: PromiseSettledResult<unknown>[] = await Promise.allSettled(promises);
  const values: unknown[] = [];
  for (const result of results) {
    if (result.status === 'rejected') throw result.reason;
    values.push(result.value);
  }
  return values as unknown as T;
}

/**
 * Runs at most `concurrency` of the functions handed to it at once, the rest in the order they
 * came as slots free up: one bound over every call, however many pools and waves hand them in.
 */
export function limiter(concurrency: number): <T>(fn: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (running >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await fn();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
