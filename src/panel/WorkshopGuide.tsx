import { useId, useMemo, useState } from 'react';
import { workshopGuide } from '../app/workshopGuide.ts';
import type { Board } from '../board/port.ts';
import type { BoardRect } from '../core/geometry/Rect.ts';
import type { MapReport } from '../core/report/Report.ts';
import type { Clock } from './Clock.ts';
import { VoteStep } from './VoteStep.tsx';
import { WorkshopTimer } from './WorkshopTimer.tsx';

type Props = {
  board: Board;
  clock: Clock;
  /** The map the workshop is on; without one only the timer is offered. */
  report: MapReport | undefined;
  onShow: (area: BoardRect) => void;
  onRefresh: () => void;
  loading: boolean;
};

const DEFAULT_MINUTES = 5;

/**
 * The facilitation guide: the agenda's step in focus, Next/Previous and a list to jump to a step,
 * each move showing the step's part of the board; and the timer for the step.
 */
export function WorkshopGuide({ board, clock, report, onShow, onRefresh, loading }: Props) {
  const id = useId();
  const map = report?.map;
  const steps = useMemo(() => (map ? workshopGuide(map) : []), [map]);
  // the step in focus belongs to the map it was chosen on; another map starts at its first
  const [focus, setFocus] = useState<{ mapId: string; index: number } | null>(null);
  const index =
    focus && focus.mapId === map?.id ? Math.min(focus.index, Math.max(0, steps.length - 1)) : 0;
  const step = steps[index];

  const go = (next: number) => {
    const target = steps[next];
    if (!map || !target) return;
    setFocus({ mapId: map.id, index: next });
    if (target.area) onShow(target.area);
  };

  return (
    <>
      {report && step && (
        <section className="jm-ws-guide" aria-labelledby={`${id}-heading`}>
          <h3 className="h4 jm-card-title" id={`${id}-heading`}>
            Guide
          </h3>
          <p className="p-small jm-note">
            Step {index + 1} of {steps.length} · {step.minutes} min
          </p>
          <h4 className="p-medium jm-ws-step-title">{step.title}</h4>
          <p className="p-small jm-ws-prompt">{step.prompt}</p>
          <div className="jm-ws-step-nav">
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={index === 0}
              onClick={() => go(index - 1)}
            >
              Previous
            </button>
            <button
              type="button"
              className="button button-primary button-small"
              disabled={index === steps.length - 1}
              onClick={() => go(index + 1)}
            >
              Next
            </button>
          </div>
          {step.kind === 'vote' && (
            <VoteStep painPoints={report.topPainPoints} onRefresh={onRefresh} loading={loading} />
          )}
          <ol className="jm-ws-steps" aria-label="All steps">
            {steps.map((each, at) => (
              <li key={`${each.kind} ${each.title} ${at}`}>
                <button
                  type="button"
                  className="jm-ws-step-link p-small"
                  aria-current={at === index ? 'step' : undefined}
                  onClick={() => go(at)}
                >
                  {each.title} <span className="jm-note">{each.minutes} min</span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
      <WorkshopTimer
        board={board}
        clock={clock}
        defaultMinutes={step?.minutes ?? DEFAULT_MINUTES}
      />
    </>
  );
}
