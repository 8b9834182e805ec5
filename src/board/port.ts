import type { BoardRect, Point } from '../core/geometry/Rect.ts';
import type { NoteColor } from '../core/model/noteColor.ts';
import type { BoardPlan, SummaryPlan } from '../core/layout/BoardPlan.ts';
import type { SnapshotRead } from '../core/snapshot/BoardSnapshot.ts';

export type Progress = { done: number; total: number };

export type ApplyOptions = { onProgress?: (progress: Progress) => void };

export type InsertedMap = { frameId: string; itemCount: number };

/** Where a summary goes: right of a map's frame, or right of an area (a map with no frame). */
export type SummaryPlace = { frameId: string } | { area: BoardRect };

/**
 * A note to put in a map's frame, centred in `rect`, or on the open canvas (`frameId` null) for a
 * map drawn without a frame. Its width is `rect.width`; its height follows from it (a square note
 * keeps the aspect of DEFAULT_NOTE_SIZE in core/model/noteSize.ts), so a `rect` of that aspect is
 * exactly the note.
 */
export type NewNote = { text: string; color: NoteColor; rect: BoardRect; frameId: string | null };

/** The new notes' ids, in the order they were asked for. */
export type AddedNotes = { ids: string[] };

/** Moves the note so that its centre is `to`'s centre; its size stays. */
export type NoteMove = { id: string; to: BoardRect };

export type MovedNotes = { ids: string[] };

/** Something dragged from the panel and dropped at `point` (board coordinates); `data` is its data attributes. */
export type BoardDrop = { point: Point; data: Record<string, string> };

export type BoardTimerState = {
  status: 'running' | 'paused' | 'stopped';
  remainingMs: number;
  totalMs: number;
};

/** What changed: started, paused/resumed/prolonged/stopped, or ran out. */
export type BoardTimerChange = 'start' | 'update' | 'finish';

/** The board's own timer, which everyone on the board sees. Durations in milliseconds. */
export interface BoardTimer {
  state(): Promise<BoardTimerState>;
  start(durationMs: number): Promise<BoardTimerState>;
  pause(): Promise<BoardTimerState>;
  resume(): Promise<BoardTimerState>;
  stop(): Promise<BoardTimerState>;
  prolong(durationMs: number): Promise<BoardTimerState>;
  /** Calls `listener` after each change, whoever made it; returns the unsubscribe. */
  onChange(listener: (state: BoardTimerState, change: BoardTimerChange) => void): () => void;
}

/** The whiteboard as the app needs it, in domain words. */
export interface Board {
  /**
   * Draws the plan as a new frame in empty space near the centre of the view, records its
   * structure, and zooms to it. On failure nothing of it stays on the board.
   */
  apply(plan: BoardPlan, options?: ApplyOptions): Promise<InsertedMap>;
  /**
   * Draws the plan as a new frame in empty space right of the map's frame, or of the area of a map
   * drawn without one, its connectors after its items, and zooms to it. On failure nothing of it
   * stays on the board.
   */
  addSummary(plan: SummaryPlan, nextTo: SummaryPlace, options?: ApplyOptions): Promise<InsertedMap>;
  /**
   * Removes a summary frame `addSummary` drew and what the app drew in it; notes people put on it
   * stay on the board. A frame already gone is no failure.
   */
  removeSummary(frameId: string): Promise<void>;
  /**
   * Everything readback needs, in a fixed handful of calls whatever the board's size; what
   * cannot be read is left out with a warning.
   */
  readSnapshot(): Promise<SnapshotRead>;
  /** Ids of the selected frames (empty when no frame is selected). */
  selectedFrameIds(): Promise<string[]>;
  /** Ids of the selected sticky notes and cards (empty when none is). */
  selectedNoteIds(): Promise<string[]>;
  /** Brings this area of the board (top-left origin) into view. */
  zoomTo(area: BoardRect): Promise<void>;
  /** Calls `listener` after items are created, changed or deleted; returns the unsubscribe. */
  onItemsChange(listener: () => void): () => void;
  /** The board's timer, or null where the board's plan has none (then the panel keeps time). */
  timer(): Promise<BoardTimer | null>;
  /** Puts the notes in their frames. On failure none of them stays on the board. */
  addNotes(notes: readonly NewNote[]): Promise<AddedNotes>;
  /**
   * Moves the notes, keeping the frame each belongs to. Nothing moves when one of them is gone;
   * a failure part-way says how many were moved.
   */
  moveNotes(moves: readonly NoteMove[]): Promise<MovedNotes>;
  /** Calls `listener` when something dragged from the panel is dropped on the board; returns the unsubscribe. */
  onDrop(listener: (drop: BoardDrop) => void): () => void;
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
