import { useCallback, useState } from 'react';
import { insertMap } from '../app/insertMap.ts';
import type { Board } from '../board/port.ts';
import { draftProblems } from '../core/draft/draftProblems.ts';
import type { MapDraft } from '../core/model/mapDraft.schema.ts';
import type { Template } from '../core/model/template.schema.ts';
import { errorMessage } from './errorMessage.ts';

export type InsertState =
  | { kind: 'idle' }
  /** `total` is 0 until the board reports how many items it will draw. */
  | { kind: 'inserting'; done: number; total: number }
  | { kind: 'inserted'; title: string; itemCount: number }
  | { kind: 'failed'; message: string };

/** Inserts one map at a time and tracks how it goes; the draft itself is never touched. */
export function useInsertMap(board: Board): {
  state: InsertState;
  insert: (template: Template, draft: MapDraft) => Promise<void>;
  reset: () => void;
} {
  const [state, setState] = useState<InsertState>({ kind: 'idle' });

  const insert = useCallback(
    async (template: Template, draft: MapDraft) => {
      const problems = draftProblems(draft);
      if (problems.length > 0) {
        setState({ kind: 'failed', message: problems.join(' ') });
        return;
      }
      setState({ kind: 'inserting', done: 0, total: 0 });
      try {
        const inserted = await insertMap(board, template, draft, {
          onProgress: ({ done, total }) => setState({ kind: 'inserting', done, total }),
        });
        setState({ kind: 'inserted', title: draft.title.trim(), itemCount: inserted.itemCount });
      } catch (error) {
        setState({ kind: 'failed', message: errorMessage(error) });
      }
    },
    [board],
  );

  const reset = useCallback(() => setState({ kind: 'idle' }), []);

  return { state, insert, reset };
}
