import { defineConfig } from 'vitest/config';

/** Bounds that only end a broken test: none of them is a speed the tests rely on. */
const GENEROUS_MS = 120_000;

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
    testTimeout: GENEROUS_MS,
    hookTimeout: GENEROUS_MS,
  },
});
