import { useCallback, useState } from 'react';
import { addSummary, earlierSummaries } from '../app/addSummary.ts';
import type { Board } from '../board/port.ts';
import type { MapReport } from '../core/report/Report.ts';
import { errorMessage } from './errorMessage.ts';

export type SummaryState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  /** The map has summaries on the board already: replace them only once the person says so. */
  | { kind: 'confirming'; earlier: string[] }
  /** `total` is 0 until the board reports how many items it will draw. */
  | { kind: 'adding'; done: number; total: number }
  | { kind: 'added'; replaced: boolean }
  | { kind: 'failed'; message: string };

/**
 * Adds one map's summary to the board and tracks how it goes. A map that has a summary already
 * gets it replaced, after asking (`confirm`), or keeps it (`cancel`). The summary is dated
 * `generatedAt`, the report's ISO time.
 */
export function useAddSummary(
  board: Board,
  generatedAt: string,
): {
  state: SummaryState;
  add: (report: MapReport, framed: boolean) => Promise<void>;
  confirm: (report: MapReport, framed: boolean) => Promise<void>;
  cancel: () => void;
} {
  const [state, setState] = useState<SummaryState>({ kind: 'idle' });
  const draw = useCallback(
    async (report: MapReport, framed: boolean, replacing: readonly string[]) => {
      setState({ kind: 'adding', done: 0, total: 0 });
      try {
        await addSummary(board, report, generatedAt, {
          framed,
          replacing,
          onProgress: ({ done, total }) => setState({ kind: 'adding', done, total }),
        });
        setState({ kind: 'added', replaced: replacing.length > 0 });
      } catch (error) {
        setState({
          kind: 'failed',
          message: errorMessage(error, 'The summary could not be added'),
        });
      }
    },
    [board, generatedAt],
  );
  const add = useCallback(
    async (report: MapReport, framed: boolean) => {
      setState({ kind: 'checking' });
      let earlier: string[];
      try {
        earlier = await earlierSummaries(board, report.map.id);
      } catch (error) {
        setState({
          kind: 'failed',
          message: errorMessage(error, 'The board could not be read'),
        });
        return;
      }
      if (earlier.length > 0) setState({ kind: 'confirming', earlier });
      else await draw(report, framed, []);
    },
    [board, draw],
  );
  const confirm = useCallback(
    async (report: MapReport, framed: boolean) => {
      if (state.kind === 'confirming') await draw(report, framed, state.earlier);
    },
    [draw, state],
  );
  const cancel = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, add, confirm, cancel };
}
