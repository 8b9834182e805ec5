import { useEffect, useRef } from 'react';
import type { BoardView } from './BoardView.ts';
import { attachPanelDrag } from './panelDrag.ts';
import type { SandboxEmulator } from './SandboxEmulator.ts';

/** Drags from the panel in `frame` onto the board `view` shows, dropped through the person's hand. */
export function usePanelDrag(
  frame: HTMLIFrameElement | null,
  view: BoardView | undefined,
  emulator: SandboxEmulator,
  onError: (message: string) => void,
): void {
  const latest = useRef({ view, onError });
  useEffect(() => {
    latest.current = { view, onError };
  });
  useEffect(() => {
    if (!frame) return;
    return attachPanelDrag(frame, {
      canvas: () => latest.current.view?.canvas,
      camera: () => latest.current.view?.camera(),
      drop: (target, point) => {
        try {
          emulator.user.drop(target, point.x, point.y);
        } catch (error) {
          latest.current.onError(error instanceof Error ? error.message : String(error));
        }
      },
    });
  }, [frame, emulator]);
}
