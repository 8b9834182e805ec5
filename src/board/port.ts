import type { BoardPlan } from '../core/layout/BoardPlan.ts';

export type Progress = { done: number; total: number };

export type ApplyOptions = { onProgress?: (progress: Progress) => void };

export type InsertedMap = { frameId: string; itemCount: number };

/** The whiteboard as the app needs it, in domain words. */
export interface Board {
  /**
   * Draws the plan as a new frame in empty space near the centre of the view, records its
   * structure, and zooms to it. On failure nothing of it stays on the board.
   */
  apply(plan: BoardPlan, options?: ApplyOptions): Promise<InsertedMap>;
}

export type BoardErrorReason = 'rateLimited' | 'rejected' | 'failed';

/** The one error a Board throws; `message` is fit to show to the user. */
export class BoardError extends Error {
  override name = 'BoardError';
  constructor(
    readonly reason: BoardErrorReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
