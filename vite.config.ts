import react from '@vitejs/plugin-react';
import { defineConfig, type BuildEnvironmentOptions } from 'vite';
import { localFonts } from './build/localFonts.ts';
import { productionPurity } from './build/productionPurity.ts';
import { sandboxRedirect } from './build/sandboxRedirect.ts';
import { sandboxTwins } from './build/sandboxTwins.ts';
import { sizeBudget } from './build/sizeBudget.ts';

/**
 * Two builds into `dist/`: the app as it runs inside Miro (`index.html`, `app.html`, with
 * budgets, and their sandbox twins), then, with `--mode sandbox`, the sandbox board page. Kept
 * apart, they share no chunk, so nothing of the sandbox reaches the app's pages.
 */
const appBuild: BuildEnvironmentOptions = {
  // Miro runs in browsers that preload modules natively.
  modulePreload: { polyfill: false },
  rolldownOptions: { input: { index: 'index.html', app: 'app.html' } },
};

const sandboxBuild: BuildEnvironmentOptions = {
  emptyOutDir: false,
  rolldownOptions: { input: { sandbox: 'sandbox.html' } },
};

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    localFonts(),
    sandboxRedirect(),
    sandboxTwins(),
    ...(mode === 'sandbox'
      ? []
      : [sizeBudget({ index: 2, app: 100 }), productionPurity(['index', 'app'])]),
  ],
  server: { port: 3000, strictPort: true },
  preview: { port: 3000, strictPort: true },
  build: mode === 'sandbox' ? sandboxBuild : appBuild,
}));
