import 'mirotone/dist/styles.css';
import '@fontsource/open-sans/400.css';
import '@fontsource/open-sans/600.css';
import '@fontsource/open-sans/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { globalMiro } from '../board/miro/globalMiro.ts';
import { MiroBoard } from '../board/miro/MiroBoard.ts';
import { App } from '../panel/App.tsx';
import { OutsideMiro } from '../panel/OutsideMiro.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('app.html has no #root element');
const sdk = globalMiro();
createRoot(root).render(
  <StrictMode>{sdk ? <App board={new MiroBoard(sdk)} /> : <OutsideMiro />}</StrictMode>,
);
