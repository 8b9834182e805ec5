import { useEffect, useState } from 'react';
import type { Board, BoardTimer as BoardTimerPort } from '../board/port.ts';
import type { Clock } from './Clock.ts';
import { errorMessage } from './errorMessage.ts';
import { PanelTimer } from './PanelTimer.tsx';
import { TimerControls } from './TimerControls.tsx';
import { useBoardTimer } from './useBoardTimer.ts';

type Props = { board: Board; clock: Clock; defaultMinutes: number };

export const BOARD_TIMER_NOTE = 'Board timer — everyone on the board sees it.';

/** Which timer keeps the time: the board's when it has one, else the panel's. */
type Found =
  | { kind: 'asking' }
  | { kind: 'board'; timer: BoardTimerPort }
  | { kind: 'panel'; why: string | null };

/** The workshop's timer: the board's own where the board offers it, else one in the panel. */
export function WorkshopTimer({ board, clock, defaultMinutes }: Props) {
  const [found, setFound] = useState<Found>({ kind: 'asking' });

  useEffect(() => {
    let current = true;
    board.timer().then(
      (timer) => {
        if (current) setFound(timer ? { kind: 'board', timer } : { kind: 'panel', why: null });
      },
      (failure: unknown) => {
        if (current)
          setFound({
            kind: 'panel',
            why: errorMessage(failure, 'The board timer is not available'),
          });
      },
    );
    return () => {
      current = false;
    };
  }, [board]);

  switch (found.kind) {
    case 'asking':
      return <p className="p-small jm-note">Looking for the board timer…</p>;
    case 'board':
      return <BoardTimer timer={found.timer} clock={clock} defaultMinutes={defaultMinutes} />;
    case 'panel':
      return (
        <>
          {found.why && <p className="p-small jm-note">{found.why}</p>}
          <PanelTimer clock={clock} defaultMinutes={defaultMinutes} />
        </>
      );
  }
}

function BoardTimer({
  timer,
  clock,
  defaultMinutes,
}: {
  timer: BoardTimerPort;
  clock: Clock;
  defaultMinutes: number;
}) {
  const control = useBoardTimer(timer, clock);
  return <TimerControls timer={control} defaultMinutes={defaultMinutes} note={BOARD_TIMER_NOTE} />;
}
