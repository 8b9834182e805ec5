import { useCallback, useEffect, useState } from 'react';
import { readReport, type ReportOnBoard } from '../app/readReport.ts';
import type { Board } from '../board/port.ts';
import type { Clock } from './Clock.ts';
import { errorMessage } from './errorMessage.ts';

/** How long the board must be still before a change is read, in ms. */
export const REFRESH_DELAY_MS = 300;

export type ReportState = {
  /** The last reading that succeeded, with its report; null until one has. */
  latest: ReportOnBoard | null;
  loading: boolean;
  error: string | null;
  refresh: () => void;
};

type Settled = { request: string; latest: ReportOnBoard | null; error: string | null };

/**
 * The maps on the board and their report, read while `active`: at once, after items change
 * (once the board has been still for REFRESH_DELAY_MS), and on `refresh`. A read that a newer
 * one overtook is dropped.
 */
export function useReportOnBoard(
  board: Board,
  selectionOnly: boolean,
  active: boolean,
  clock: Clock,
): ReportState {
  const [requests, setRequests] = useState(0);
  const [settled, setSettled] = useState<Settled>({ request: '', latest: null, error: null });
  const request = `${requests}:${selectionOnly}`;

  useEffect(() => {
    if (!active) return;
    let current = true;
    readReport(board, { selectionOnly, now: new Date(clock.now()).toISOString() }).then(
      (latest) => {
        if (current) setSettled({ request, latest, error: null });
      },
      (failure: unknown) => {
        if (!current) return;
        const error = errorMessage(failure, 'The board could not be read');
        setSettled((last) => ({ request, latest: last.latest, error }));
      },
    );
    return () => {
      current = false;
    };
  }, [board, selectionOnly, active, request, clock]);

  useEffect(() => {
    if (!active) return;
    let cancel = () => {};
    const unsubscribe = board.onItemsChange(() => {
      cancel();
      cancel = clock.after(REFRESH_DELAY_MS, () => setRequests((count) => count + 1));
    });
    return () => {
      cancel();
      unsubscribe();
    };
  }, [board, active, clock]);

  const refresh = useCallback(() => setRequests((count) => count + 1), []);

  return {
    latest: settled.latest,
    loading: settled.request !== request,
    error: settled.error,
    refresh,
  };
}
