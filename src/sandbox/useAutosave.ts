import { useEffect, useRef } from 'react';
import type { BoardStore } from './BoardStore.ts';
import { autosave } from './boardStorage.ts';
import { browserSaveScheduler } from './browserSaveScheduler.ts';
import type { SandboxEmulator } from './SandboxEmulator.ts';

/**
 * Keeps the board in `store` while `enabled`, saving at once when the page is hidden or left;
 * `onError` hears of a failed save.
 */
export function useAutosave(
  emulator: SandboxEmulator,
  store: BoardStore,
  enabled: boolean,
  onError: (message: string) => void,
): void {
  const report = useRef(onError);
  useEffect(() => {
    report.current = onError;
  });
  useEffect(() => {
    if (!enabled) return;
    let lastError = '';
    const saver = autosave({
      subscribe: (listener) => emulator.subscribe(listener),
      exportState: () => emulator.exportState(),
      store,
      scheduler: browserSaveScheduler(window),
      onError: (message) => {
        if (message !== lastError) report.current(message);
        lastError = message;
      },
    });
    const flush = () => void saver.flush();
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flushWhenHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flushWhenHidden);
      flush();
      saver.stop();
    };
  }, [emulator, store, enabled]);
}
