import type { MiroEmulator } from './SandboxEmulator.ts';

/**
 * What the sandbox page puts on `window` before it frames the app's pages: their `miro`
 * (public/sandbox-sdk.js reads it from the parent) and hooks for the browser tests.
 */
export type SandboxHost = {
  miro: MiroEmulator;
  /** How many items the last frame drew. */
  drawn: number;
  /** CSS pixel coordinates, relative to the page, of a board point. */
  boardToScreen(x: number, y: number): { x: number; y: number };
};

declare global {
  interface Window {
    journeyMapperSandbox?: SandboxHost;
  }
}
