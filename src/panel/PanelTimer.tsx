import { useId, useState } from 'react';
import type { Clock } from './Clock.ts';
import { formatRemaining, MINUTE_MS } from './panelTimer.ts';
import { usePanelTimer } from './usePanelTimer.ts';

type Props = { clock: Clock; defaultMinutes?: number };

const MAX_MINUTES = 120;

/** A timer seen only in this panel: start, pause, resume, stop and one more minute. */
export function PanelTimer({ clock, defaultMinutes = 5 }: Props) {
  const id = useId();
  const timer = usePanelTimer(clock);
  const [minutes, setMinutes] = useState(String(defaultMinutes));
  const duration = Number(minutes);
  const validDuration = Number.isInteger(duration) && duration >= 1 && duration <= MAX_MINUTES;
  const idle = timer.status === 'idle';
  const small = 'button button-secondary button-small';

  return (
    <section className="jm-timer" aria-labelledby={`${id}-heading`}>
      <h3 className="h4 jm-card-title" id={`${id}-heading`}>
        Timer
      </h3>
      <p className="p-small jm-note">Runs in this panel only; others on the board do not see it.</p>
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
              onChange={(event) => setMinutes(event.target.value)}
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
    </section>
  );
}
