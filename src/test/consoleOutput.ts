import { vi } from 'vitest';

const METHODS = ['debug', 'log', 'info', 'warn', 'error', 'trace'] as const;

export type ConsoleMethod = (typeof METHODS)[number];

export type ConsoleCall = { method: ConsoleMethod; text: string };

let calls: ConsoleCall[] = [];

function textOf(args: readonly unknown[]): string {
  return args
    .map((arg) => (arg instanceof Error ? (arg.stack ?? arg.message) : String(arg)))
    .join(' ');
}

/**
 * From now on the console prints nothing: what it is given is kept for the test to take. The
 * returned function puts the console back.
 */
export function recordConsole(): () => void {
  calls = [];
  const spies = METHODS.map((method) =>
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      calls.push({ method, text: textOf(args) });
    }),
  );
  return () => {
    for (const spy of spies) spy.mockRestore();
  };
}

/** What the console was given since the last take, which no longer counts as stray. */
export function takeConsoleOutput(): ConsoleCall[] {
  const taken = calls;
  calls = [];
  return taken;
}

/** Throws when the test printed anything it did not take, so a stray log fails its test. */
export function failOnStrayConsoleOutput(): void {
  const stray = takeConsoleOutput();
  if (stray.length === 0) return;
  const lines = stray.map((call) => `console.${call.method}: ${call.text}`);
  throw new Error(`The test printed to the console:\n${lines.join('\n')}`);
}
