import { useEffect, useState } from 'react';
import { formatRemaining } from '../core/workshop/formatRemaining.ts';
import type { SandboxEmulator } from './SandboxEmulator.ts';

/** How often a running timer is read again; its shown seconds change no faster than this. */
const READ_MS = 250;

/**
 * The board's timer as everyone on a Miro board sees it, at the top of the board: shown while it runs
 * or is paused. The page re-renders on each timer change; while it runs it is read again often.
 */
export function BoardTimerStatus({ emulator }: { emulator: Pick<SandboxEmulator, 'timer'> }) {
  const [, setReads] = useState(0);
  const { status, restDuration } = emulator.timer;

  useEffect(() => {
    if (status !== 'STARTED') return;
    const reading = setInterval(() => setReads((count) => count + 1), READ_MS);
    return () => clearInterval(reading);
  }, [status]);

  if (status === 'STOPPED') return null;
  return (
    <span
      className="sb-timer sb-floating"
      role="timer"
      aria-label="Board timer"
      data-testid="sandbox-timer"
      title={status === 'PAUSED' ? 'The board timer is paused' : 'The board timer'}
    >
      Timer {formatRemaining(restDuration)}
      {status === 'PAUSED' ? ' (paused)' : ''}
    </span>
  );
}
