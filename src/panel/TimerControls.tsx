import { useId, useState } from 'react';
import { formatRemaining } from '../core/workshop/formatRemaining.ts';
import { MINUTE_MS } from './panelTimer.ts';
import type { TimerControl } from './timerControl.ts';

type Props = {
  timer: TimerControl;
  /** The duration offered until the person types another; it follows the step in focus. */
  defaultMinutes: number;
  /** Which timer this is and who sees it. */
  note: string;
};

const MAX_MINUTES = 120;

/** Start, pause, resume, stop and one more minute, for either timer. */
export function TimerControls({ timer, defaultMinutes, note }: Props) {
  const id = useId();
  // what was typed counts only for the default it replaced, so a new step offers its time box
  const [typed, setTyped] = useState<{ over: number; value: string } | null>(null);
  const minutes = typed?.over === defaultMinutes ? typed.value : String(defaultMinutes);
  const duration = Number(minutes);
  const validDuration = Number.isInteger(duration) && duration >= 1 && duration <= MAX_MINUTES;
  const idle = timer.status === 'idle';
  const small = 'button button-secondary button-small';

  return (
    <section className="jm-timer" aria-labelledby={`${id}-heading`}>
      <h3 className="h4 jm-card-title" id={`${id}-heading`}>
        Timer
      </h3>
      <p className="p-small jm-note">{note}</p>
      <div className="jm-timer-row">
        <p className="jm-timer-time" role="timer" aria-live="off" aria-label="Time left">
          {idle
            ? formatRemaining(validDuration ? duration * MINUTE_MS : 0)
            : formatRemaining(timer.remainingMs)}
        </p>
        {idle && (
          <div className="form-group jm-timer-minutes">
            <label htmlFor={`${id}-minutes`}>Minutes</label>
            <input
              id={`${id}-minutes`}
              className="input input-small"
              type="number"
              min={1}
              max={MAX_MINUTES}
              step={1}
              value={minutes}
              aria-invalid={!validDuration || undefined}
              onChange={(event) => setTyped({ over: defaultMinutes, value: event.target.value })}
            />
          </div>
        )}
      </div>
      <div className="jm-timer-actions">
        {idle && (
          <button
            type="button"
            className="button button-primary button-small"
            disabled={!validDuration}
            onClick={() => timer.start(duration * MINUTE_MS)}
          >
            Start
          </button>
        )}
        {timer.status === 'running' && (
          <button type="button" className={small} onClick={timer.pause}>
            Pause
          </button>
        )}
        {timer.status === 'paused' && (
          <button type="button" className={small} onClick={timer.resume}>
            Resume
          </button>
        )}
        {!idle && (
          <>
            <button type="button" className={small} onClick={timer.addMinute}>
              +1 minute
            </button>
            <button type="button" className={small} onClick={timer.stop}>
              Stop
            </button>
          </>
        )}
      </div>
      <p className="p-small jm-note" role="status">
        {timer.status === 'done' ? 'Time is up.' : timer.status === 'paused' ? 'Paused.' : ''}
      </p>
      {timer.error && (
        <div className="jm-status jm-error" role="alert">
          <p className="p-small">{timer.error}</p>
        </div>
      )}
    </section>
  );
}
