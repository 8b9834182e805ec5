import type { MiroSdk } from './sdk.ts';

export const PANEL_BUSY_MESSAGE =
  'Journey Mapper cannot open its panel right now. Close the panel that is open, then click the icon again.';

/**
 * Opens the panel when the app's toolbar icon is clicked, once Miro says a panel can open; the
 * headless page registers it once. When it cannot, the person is told why nothing opened.
 */
export function registerIconClick(sdk: MiroSdk): void {
  const { ui, notifications } = sdk.board;
  ui.on('icon:click', () => {
    void (async () => {
      if (await ui.canOpenPanel()) await ui.openPanel({ url: 'app.html' });
      else await notifications.showInfo(PANEL_BUSY_MESSAGE);
    })();
  });
}
