import type { Rect as SdkRect } from '@mirohq/websdk-types';
import type { BoardChange, EmulatorState, EmulatorUser } from '../board/emulator/EmulatorState.ts';
import type { StoredConnector, StoredItem, StoredTag } from '../board/emulator/StoredItem.ts';

/** An item as the sandbox draws it: stored fields plus its centre on the board. */
export type BoardItem = StoredItem & { boardX: number; boardY: number };

export type SandboxNotification = { level: 'info' | 'error'; message: string };

/**
 * What the sandbox page uses of the emulated board. The page acts only as a person would
 * (`user`); the app's pages get the whole emulator as their `miro`.
 */
export interface SandboxEmulator {
  readonly user: EmulatorUser;
  /** Top-left based, board units: what the person sees. */
  readonly viewport: SdkRect;
  readonly openedPanel: { url: string; height?: number } | undefined;
  readonly notifications: readonly SandboxNotification[];
  readonly board: { ui: { closePanel(): Promise<void> } };
  /** In creation order. */
  items(): BoardItem[];
  connectors(): StoredConnector[];
  tags(): StoredTag[];
  subscribe(listener: (change: BoardChange) => void): () => void;
  exportState(): EmulatorState;
  replaceState(state: EmulatorState): void;
  clear(): void;
  clickIcon(): void;
}
