import type { EmulatorState } from './SandboxEmulator.ts';

/** A board with nothing on it, keeping the view and the id counter (ids are never reused). */
export function emptyBoard(current: EmulatorState): EmulatorState {
  return {
    version: 1,
    items: [],
    connectors: [],
    tags: [],
    appData: {},
    nextId: current.nextId,
    viewport: current.viewport,
  };
}
