import { globalMiro } from '../board/miro/globalMiro.ts';
import { registerIconClick } from '../board/miro/registerIconClick.ts';

const sdk = globalMiro();
if (sdk) registerIconClick(sdk);
// Opened in a browser tab rather than inside Miro: go to the local sandbox board.
else if (window.top === window.self) location.replace('/sandbox.html');
else document.getElementById('outside-miro')?.removeAttribute('hidden');
