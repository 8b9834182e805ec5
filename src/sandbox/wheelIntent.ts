export type WheelIntent =
  { kind: 'zoom'; factor: number } | { kind: 'pan'; dx: number; dy: number };

export type WheelInput = {
  deltaX: number;
  deltaY: number;
  deltaMode: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
};

const LINE_PX = 16;
/** Zoom speed: a pinch step or a ctrl+wheel notch of 100 px zooms by e^(−0.8)… capped. */
const ZOOM_PER_PX = 0.008;
const MAX_ZOOM_STEP_PX = 60;

/**
 * What a wheel event means on the board: ctrl/⌘ + wheel and trackpad pinches (which browsers
 * send as ctrl + wheel) zoom; a plain wheel or a two-finger scroll pans, Shift turning it sideways.
 */
export function wheelIntent(event: WheelInput, pageHeight: number): WheelIntent {
  const unit = event.deltaMode === 1 ? LINE_PX : event.deltaMode === 2 ? pageHeight : 1;
  const dx = event.deltaX * unit;
  const dy = event.deltaY * unit;
  if (event.ctrlKey || event.metaKey) {
    const step = Math.max(-MAX_ZOOM_STEP_PX, Math.min(MAX_ZOOM_STEP_PX, dy));
    return { kind: 'zoom', factor: Math.exp(-step * ZOOM_PER_PX) };
  }
  if (event.shiftKey && dx === 0) return { kind: 'pan', dx: -dy, dy: 0 };
  return { kind: 'pan', dx: -dx, dy: -dy };
}
