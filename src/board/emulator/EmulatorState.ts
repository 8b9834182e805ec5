import type { AppData, Rect as SdkRect } from '@mirohq/websdk-types';
import type { SdkDropTarget, SdkVotingResult } from '../miro/sdk.ts';
import type { StoredConnector, StoredItem, StoredTag } from './StoredItem.ts';

/**
 * Everything an emulated board holds, as plain JSON: what the sandbox keeps in local storage
 * and what a board file converts to and from. Items are in creation order (later on top).
 */
export type EmulatorState = {
  version: 1;
  items: StoredItem[];
  connectors: StoredConnector[];
  tags: StoredTag[];
  appData: AppData;
  /** The next item id the board hands out, as a decimal string. */
  nextId: string;
  viewport: SdkRect;
};

export type BoardChange =
  | { kind: 'create'; itemIds: string[] }
  | { kind: 'update'; itemIds: string[] }
  | { kind: 'delete'; itemIds: string[] }
  | { kind: 'selection' }
  | { kind: 'viewport' }
  /** `ui.openPanel` or `ui.closePanel` was called; see the emulator's `openedPanel`. */
  | { kind: 'panel' }
  /** The board's timer changed; see the emulator's `timer`. */
  | { kind: 'timer' }
  /** A vote was opened, changed or ended; see the emulator's `voting`. */
  | { kind: 'voting' }
  | { kind: 'reset' };

/**
 * What a person does on the board through Miro's own UI (not through the SDK): no credits, no
 * injected faults; each change raises the SDK events an app can listen to and can be undone.
 * Coordinates are board coordinates of item centres.
 */
export interface EmulatorUser {
  /** A new sticky note; created over a frame, it becomes the frame's child. Returns its id. */
  addStickyNote(props: { x: number; y: number; content?: string; color?: string }): string;
  /** Sets the HTML content of a sticky note, shape, text or card title. */
  editContent(id: string, content: string): void;
  setColor(ids: readonly string[], color: string): void;
  /**
   * Moves items by (dx, dy). A moved frame carries its children. A moved non-frame item whose
   * centre ends inside a frame becomes that frame's child (the topmost frame wins); one that
   * ends outside every frame is detached.
   */
  moveItems(ids: readonly string[], dx: number, dy: number): void;
  /** Deletes the items; a deleted frame takes its children with it; connectors to them go too. */
  deleteItems(ids: readonly string[]): void;
  select(ids: readonly string[]): void;
  readonly selection: readonly string[];
  /** Undoes the last change a person made; false when there is nothing to undo. */
  undo(): boolean;
  readonly canUndo: boolean;
  /** What the person sees; `viewport.get()` returns it and `viewport.zoomTo` changes it. */
  setViewport(viewport: { x: number; y: number; width: number; height: number }): void;
  /**
   * Drops an element dragged from the open panel at board point (x, y): the app's `drop`
   * handlers get `{ x, y, target }`. Throws while no panel is open.
   */
  drop(target: SdkDropTarget, x: number, y: number): void;
  /** Opens a vote with Miro's voting tool; throws where `canUse('voting')` is false or one is open. */
  startVoting(title: string): void;
  /** One more vote on the item in the open vote. */
  vote(itemId: string): void;
  /** Takes back one of the item's votes in the open vote. */
  unvote(itemId: string): void;
  /** Ends the open vote; `getVotingResults` lists it from now on. */
  endVoting(): SdkVotingResult;
}
