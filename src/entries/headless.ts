import { globalMiro } from '../board/miro/globalMiro.ts';
import { registerIconClick } from '../board/miro/registerIconClick.ts';

const sdk = globalMiro();
if (sdk) registerIconClick(sdk);
else document.getElementById('outside-miro')?.removeAttribute('hidden');
