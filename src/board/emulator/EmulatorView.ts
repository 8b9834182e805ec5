import type { Rect as SdkRect } from '@mirohq/websdk-types';
import type { SdkTimerInstance } from '../miro/sdk.ts';
import type { BoardChange, EmulatorState, EmulatorUser } from './EmulatorState.ts';
import type { VotingSession } from './EmulatorVoting.ts';
import { MiroEmulator } from './MiroEmulator.ts';
import type { StoredConnector, StoredItem, StoredTag } from './StoredItem.ts';

export type { BoardChange, EmulatorState, EmulatorUser } from './EmulatorState.ts';
export type { MiroEmulator } from './MiroEmulator.ts';
export type { VotingSession } from './EmulatorVoting.ts';
export type { SdkDropTarget, SdkTimerInstance } from '../miro/sdk.ts';
export { parseEmulatorState } from './parseEmulatorState.ts';
export { boardFileToState } from './boardFile/boardFileToState.ts';
export { stateToBoardFile } from './boardFile/stateToBoardFile.ts';
export { withoutLegacyMapStructures } from './boardFile/withoutLegacyMapStructures.ts';
export type {
  StoredCard,
  StoredConnector,
  StoredFrame,
  StoredItem,
  StoredShape,
  StoredStickyNote,
  StoredTag,
  StoredText,
} from './StoredItem.ts';

/** An item as the sandbox draws it: stored fields plus its centre on the board. */
export type BoardItem = StoredItem & { boardX: number; boardY: number };

export type ViewNotification = { level: 'info' | 'error'; message: string };

/**
 * What the sandbox page uses of the emulated board. The page acts only as a person would
 * (`user`) and moves whole states in and out; the app's pages get the whole emulator as their
 * `miro`.
 */
export interface EmulatorView {
  readonly user: EmulatorUser;
  /** Top-left based, board units: what the person sees. */
  readonly viewport: SdkRect;
  readonly openedPanel: { url: string; height?: number } | undefined;
  readonly notifications: readonly ViewNotification[];
  readonly board: { ui: { closePanel(): Promise<void> } };
  /** Miro's board timer as everyone on the board sees it. */
  readonly timer: SdkTimerInstance;
  /** The vote open on the board, if any; `user` opens, changes and ends it. */
  readonly voting: VotingSession | null;
  /** In creation order. */
  items(): BoardItem[];
  connectors(): StoredConnector[];
  tags(): StoredTag[];
  subscribe(listener: (change: BoardChange) => void): () => void;
  exportState(): EmulatorState;
  replaceState(state: EmulatorState): void;
  /** Empties the board, keeping the view and the id counter. */
  clear(): void;
  clickIcon(): void;
}

/**
 * The sandbox's emulated board, holding `state` (validated by `parseEmulatorState`) or empty;
 * what the app changes can be undone there in one step.
 */
export function openEmulator(state?: EmulatorState): MiroEmulator {
  return new MiroEmulator({ ...(state ? { state } : {}), appChangesUndoable: true });
}
