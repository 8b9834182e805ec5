import type { BoardRect } from '../core/geometry/Rect.ts';
import type { BoardPlan, SummaryPlan } from '../core/layout/BoardPlan.ts';
import type { SnapshotRead } from '../core/snapshot/BoardSnapshot.ts';

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
  /**
   * Draws the plan as a new frame in empty space right of the map's frame, its connectors after
   * its items, and zooms to it. On failure nothing of it stays on the board.
   */
  addSummary(
    plan: SummaryPlan,
    nextTo: { frameId: string },
    options?: ApplyOptions,
  ): Promise<InsertedMap>;
  /**
   * Everything readback needs, in a fixed handful of calls whatever the board's size; what
   * cannot be read is left out with a warning.
   */
  readSnapshot(): Promise<SnapshotRead>;
  /** Ids of the selected frames (empty when no frame is selected). */
  selectedFrameIds(): Promise<string[]>;
  /** Brings this area of the board (top-left origin) into view. */
  zoomTo(area: BoardRect): Promise<void>;
  /** Calls `listener` after items are created, changed or deleted; returns the unsubscribe. */
  onItemsChange(listener: () => void): () => void;
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
