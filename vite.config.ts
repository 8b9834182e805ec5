import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sizeBudget } from './build/sizeBudget.ts';

export default defineConfig({
  plugins: [react(), sizeBudget({ index: 2, app: 100 })],
  server: { port: 3000, strictPort: true },
  preview: { port: 3000, strictPort: true },
  build: {
    // Miro runs in browsers that preload modules natively.
    modulePreload: { polyfill: false },
    rolldownOptions: { input: { index: 'index.html', app: 'app.html' } },
  },
});
