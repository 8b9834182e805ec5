import { useEffect, useRef } from 'react';
import { BoardView } from './BoardView.ts';
import type { SandboxEmulator } from './SandboxEmulator.ts';

type Props = {
  emulator: SandboxEmulator;
  onReady(view: BoardView | undefined): void;
  onEdit(id: string, isNew: boolean): void;
  onDrawn(count: number): void;
};

/** The canvas the board is drawn on; it fills its container and follows its size. */
export function BoardCanvas({ emulator, onReady, onEdit, onDrawn }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const callbacks = useRef({ onReady, onEdit, onDrawn });
  useEffect(() => {
    callbacks.current = { onReady, onEdit, onDrawn };
  });
  useEffect(() => {
    const canvas = canvasRef.current;
    const container = canvas?.parentElement;
    if (!canvas || !container) return;
    const view = new BoardView(canvas, emulator, {
      onEdit: (id, isNew) => callbacks.current.onEdit(id, isNew),
      onDrawn: (count) => callbacks.current.onDrawn(count),
    });
    const fit = () => {
      const bounds = container.getBoundingClientRect();
      view.resize(bounds.width, bounds.height, window.devicePixelRatio || 1);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(container);
    callbacks.current.onReady(view);
    return () => {
      observer.disconnect();
      view.destroy();
      callbacks.current.onReady(undefined);
    };
  }, [emulator]);
  return (
    <canvas
      ref={canvasRef}
      className="sb-canvas"
      tabIndex={0}
      role="application"
      aria-label="Board. Double-click to add a sticky note; drag to select; arrow keys pan; + and − zoom; 0 fits the board; Delete removes the selection; Enter edits it."
      data-testid="sandbox-canvas"
    />
  );
}
