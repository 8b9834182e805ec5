import { useCallback, useState } from 'react';
import { addSummary } from '../app/addSummary.ts';
import type { Board } from '../board/port.ts';
import type { MapReport } from '../core/report/Report.ts';
import { errorMessage } from './errorMessage.ts';

export type SummaryState =
  | { kind: 'idle' }
  /** `total` is 0 until the board reports how many items it will draw. */
  | { kind: 'adding'; done: number; total: number }
  | { kind: 'added' }
  | { kind: 'failed'; message: string };

/** Adds one map's summary to the board and tracks how it goes. */
export function useAddSummary(board: Board): {
  state: SummaryState;
  add: (report: MapReport, framed: boolean) => Promise<void>;
} {
  const [state, setState] = useState<SummaryState>({ kind: 'idle' });
  const add = useCallback(
    async (report: MapReport, framed: boolean) => {
      setState({ kind: 'adding', done: 0, total: 0 });
      try {
        await addSummary(board, report, {
          framed,
          onProgress: ({ done, total }) => setState({ kind: 'adding', done, total }),
        });
        setState({ kind: 'added' });
      } catch (error) {
        setState({
          kind: 'failed',
          message: errorMessage(error, 'The summary could not be added'),
        });
      }
    },
    [board],
  );
  return { state, add };
}
