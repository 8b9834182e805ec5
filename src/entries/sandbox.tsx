import 'mirotone/dist/styles.css';
import '@fontsource/open-sans/400.css';
import '@fontsource/open-sans/600.css';
import '../sandbox/sandbox.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  openEmulator,
  parseEmulatorState,
  withoutLegacyMapStructures,
} from '../board/emulator/EmulatorView.ts';
import { loadBoard } from '../sandbox/boardStorage.ts';
import type { BoardView } from '../sandbox/BoardView.ts';
import { openIndexedDbBoardStore } from '../sandbox/indexedDbBoardStore.ts';
import { openBoardStore } from '../sandbox/openBoardStore.ts';
import { SandboxApp } from '../sandbox/SandboxApp.tsx';
import type { SandboxHost } from '../sandbox/sandboxHost.ts';

const root = document.getElementById('root');
if (!root) throw new Error('sandbox.html has no #root element');
const rootElement = root;

// Nothing is drawn, and so nothing saved, before the stored board is read.
async function start(): Promise<void> {
  const store = await openBoardStore(
    () => openIndexedDbBoardStore(window.indexedDB),
    window.localStorage,
    Date.now(),
  );
  const stored = await loadBoard(store, parseEmulatorState);
  const emulator = openEmulator(
    stored.ok && stored.value ? withoutLegacyMapStructures(stored.value) : undefined,
  );

  let view: BoardView | undefined;
  // Set before any iframe exists: the app's pages take their `miro` from it as they load.
  const host: SandboxHost = {
    miro: emulator,
    drawn: 0,
    boardToScreen: (x, y) => view?.boardToPage(x, y) ?? { x: 0, y: 0 },
  };
  window.journeyMapperSandbox = host;

  createRoot(rootElement).render(
    <StrictMode>
      <SandboxApp
        emulator={emulator}
        store={store}
        unreadable={stored.ok ? undefined : { text: stored.text, reason: stored.error.message }}
        now={() => Date.now()}
        onView={(next) => {
          view = next;
        }}
        onDrawn={(count) => {
          host.drawn = count;
        }}
      />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  rootElement.textContent = `The sandbox board could not start: ${error instanceof Error ? error.message : String(error)}`;
});
