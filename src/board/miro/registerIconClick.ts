import type { MiroSdk } from './sdk.ts';

/** Opens the panel when the app's toolbar icon is clicked; the headless page registers it once. */
export function registerIconClick(sdk: MiroSdk): void {
  sdk.board.ui.on('icon:click', () => void sdk.board.ui.openPanel({ url: 'app.html' }));
}
