import { useEffect, useRef } from 'react';
import { autosave } from './boardStorage.ts';
import type { SandboxEmulator } from './SandboxEmulator.ts';

/** Keeps the board in `storage` while the page is open; `onError` hears of a failed save. */
export function useAutosave(
  emulator: SandboxEmulator,
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  onError: (message: string) => void,
): void {
  const report = useRef(onError);
  useEffect(() => {
    report.current = onError;
  });
  useEffect(() => {
    let lastError = '';
    const saver = autosave(
      (listener) => emulator.subscribe(listener),
      () => emulator.exportState(),
      storage,
      (message) => {
        if (message !== lastError) report.current(message);
        lastError = message;
      },
    );
    const flush = () => saver.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      saver.flush();
      saver.stop();
    };
  }, [emulator, storage]);
}
