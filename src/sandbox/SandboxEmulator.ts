import type { EmulatorView, ViewNotification } from '../board/emulator/EmulatorView.ts';

/** The one door from the sandbox into the emulator: its narrow view, and what goes through it. */
export type SandboxEmulator = EmulatorView;
export type SandboxNotification = ViewNotification;
export type {
  BoardChange,
  BoardItem,
  EmulatorState,
  EmulatorUser,
  MiroEmulator,
  StoredCard,
  StoredConnector,
  StoredFrame,
  StoredShape,
  StoredStickyNote,
  StoredTag,
  StoredText,
} from '../board/emulator/EmulatorView.ts';
export {
  boardFileToState,
  openEmulator,
  stateToBoardFile,
} from '../board/emulator/EmulatorView.ts';
