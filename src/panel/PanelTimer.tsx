import type { Clock } from './Clock.ts';
import { TimerControls } from './TimerControls.tsx';
import { usePanelTimer } from './usePanelTimer.ts';

type Props = { clock: Clock; defaultMinutes?: number };

export const PANEL_TIMER_NOTE = 'Panel timer — only you see it.';

/** A timer seen only in this panel, for boards whose plan has no board timer. */
export function PanelTimer({ clock, defaultMinutes = 5 }: Props) {
  const timer = usePanelTimer(clock);
  return <TimerControls timer={timer} defaultMinutes={defaultMinutes} note={PANEL_TIMER_NOTE} />;
}
