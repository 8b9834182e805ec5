import 'mirotone/dist/styles.css';
import '@fontsource/open-sans/400.css';
import '@fontsource/open-sans/600.css';
import '@fontsource/open-sans/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BridgeBoard } from '../board/figjam/bridge/BridgeBoard.ts';
import { uiWindowChannel } from '../board/figjam/bridge/pluginChannels.ts';
import { App } from '../panel/App.tsx';

/**
 * The FigJam plugin's UI: the same panel, over a Board that forwards each call to the plugin's
 * main thread (which owns the FigJam adapter) as `{ pluginMessage }` posted to the parent.
 */
const root = document.getElementById('root');
if (!root) throw new Error('figjam-ui.html has no #root element');
const board = new BridgeBoard(uiWindowChannel(window, window.parent), { logger: console });
createRoot(root).render(
  <StrictMode>
    <App board={board} />
  </StrictMode>,
);
