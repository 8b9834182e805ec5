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
