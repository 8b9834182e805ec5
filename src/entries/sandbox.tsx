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
import { loadBoard, UNREADABLE_KEY } from '../sandbox/boardStorage.ts';
import type { BoardView } from '../sandbox/BoardView.ts';
import type { Notice } from '../sandbox/Messages.tsx';
import { SandboxApp } from '../sandbox/SandboxApp.tsx';
import type { SandboxHost } from '../sandbox/sandboxHost.ts';

const root = document.getElementById('root');
if (!root) throw new Error('sandbox.html has no #root element');

const storage = window.localStorage;
const stored = loadBoard(storage, parseEmulatorState);
const emulator = openEmulator(
  stored.ok && stored.value ? withoutLegacyMapStructures(stored.value) : undefined,
);
const notices: Notice[] = !stored.ok
  ? [
      {
        id: 1,
        tone: 'error',
        text:
          `The board saved in this browser could not be read, so this is a new, empty board. ` +
          `The saved text is kept in local storage under "${UNREADABLE_KEY}". (${stored.error.message})`,
      },
    ]
  : [];

let view: BoardView | undefined;
// Set before any iframe exists: the app's pages take their `miro` from it as they load.
const host: SandboxHost = {
  miro: emulator,
  drawn: 0,
  boardToScreen: (x, y) => view?.boardToPage(x, y) ?? { x: 0, y: 0 },
};
window.journeyMapperSandbox = host;

createRoot(root).render(
  <StrictMode>
    <SandboxApp
      emulator={emulator}
      initialNotices={notices}
      storage={storage}
      onView={(next) => {
        view = next;
      }}
      onDrawn={(count) => {
        host.drawn = count;
      }}
    />
  </StrictMode>,
);
