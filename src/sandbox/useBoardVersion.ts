import { useEffect, useState } from 'react';
import type { SandboxEmulator } from './SandboxEmulator.ts';

/** A number that grows with every change on the board, so that components re-render. */
export function useBoardVersion(emulator: SandboxEmulator): number {
  const [version, setVersion] = useState(0);
  useEffect(() => emulator.subscribe(() => setVersion((current) => current + 1)), [emulator]);
  return version;
}
