import { useEffect, useState } from 'react';
import type { Board } from '../board/port.ts';
import { errorMessage } from './errorMessage.ts';

export type SelectedFrames = { frameIds: readonly string[]; error: string | null };

/** The frames selected on the board, asked again each time `reading` changes while `active`. */
export function useSelectedFrames(board: Board, active: boolean, reading: unknown): SelectedFrames {
  const [selected, setSelected] = useState<SelectedFrames>({ frameIds: [], error: null });
  useEffect(() => {
    if (!active || reading === null) return;
    let current = true;
    board.selectedFrameIds().then(
      (frameIds) => {
        if (current) setSelected({ frameIds, error: null });
      },
      (failure: unknown) => {
        if (!current) return;
        const error = errorMessage(failure, 'The selection could not be read');
        setSelected((last) => ({ frameIds: last.frameIds, error }));
      },
    );
    return () => {
      current = false;
    };
  }, [board, active, reading]);
  return selected;
}
