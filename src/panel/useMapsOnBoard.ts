import { useCallback, useEffect, useState } from 'react';
import { readMaps, type MapsOnBoard } from '../app/readMaps.ts';
import type { Board } from '../board/port.ts';
import { errorMessage } from './errorMessage.ts';

/** How long the board must be still before a change is read, in ms. */
export const REFRESH_DELAY_MS = 300;

export type MapsState = {
  /** The last reading that succeeded; null until one has. */
  reading: MapsOnBoard | null;
  loading: boolean;
  error: string | null;
  refresh: () => void;
};

type Settled = { request: string; reading: MapsOnBoard | null; error: string | null };

/**
 * The maps on the board, read while `active`: at once, after items change (once the board has
 * been still for REFRESH_DELAY_MS), and on `refresh`. A read that a newer one overtook is dropped.
 */
export function useMapsOnBoard(board: Board, selectionOnly: boolean, active: boolean): MapsState {
  const [requests, setRequests] = useState(0);
  const [settled, setSettled] = useState<Settled>({ request: '', reading: null, error: null });
  const request = `${requests}:${selectionOnly}`;

  useEffect(() => {
    if (!active) return;
    let current = true;
    readMaps(board, { selectionOnly }).then(
      (reading) => {
        if (current) setSettled({ request, reading, error: null });
      },
      (failure: unknown) => {
        if (!current) return;
        const error = errorMessage(failure, 'The board could not be read');
        setSettled((last) => ({ request, reading: last.reading, error }));
      },
    );
    return () => {
      current = false;
    };
  }, [board, selectionOnly, active, request]);

  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = board.onItemsChange(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setRequests((count) => count + 1), REFRESH_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [board, active]);

  const refresh = useCallback(() => setRequests((count) => count + 1), []);

  return {
    reading: settled.reading,
    loading: settled.request !== request,
    error: settled.error,
    refresh,
  };
}
