import { rectAround, rectCenter, type Point, type Rect } from '../core/geometry/Rect.ts';

export type { Point } from '../core/geometry/Rect.ts';
export type ScreenSize = { width: number; height: number };

/**
 * How the board maps onto the canvas: `scale` CSS pixels per board unit, the board point
 * (`centerX`, `centerY`) at the middle of a canvas of `screen` CSS pixels.
 */
export type Camera = { scale: number; centerX: number; centerY: number; screen: ScreenSize };

/** Zoom limits as CSS pixels per board unit: 2 % to 400 %. */
export const ZOOM_LIMITS = { min: 0.02, max: 4 } as const;

export function clampScale(scale: number): number {
  return Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, scale));
}

/** The camera that shows all of `viewport` (top-left based, board units), centred. */
export function cameraOf(viewport: Rect, screen: ScreenSize): Camera {
  const scale = clampScale(
    Math.min(screen.width / viewport.width, screen.height / viewport.height),
  );
  const center = rectCenter(viewport);
  return { scale, centerX: center.x, centerY: center.y, screen };
}

/** The board area the camera shows, as a top-left based viewport. */
export function visibleRect(camera: Camera): Rect {
  const width = camera.screen.width / camera.scale;
  const height = camera.screen.height / camera.scale;
  return rectAround({ x: camera.centerX, y: camera.centerY }, { width, height });
}

export function boardToScreen(camera: Camera, point: Point): Point {
  return {
    x: camera.screen.width / 2 + (point.x - camera.centerX) * camera.scale,
    y: camera.screen.height / 2 + (point.y - camera.centerY) * camera.scale,
  };
}

export function screenToBoard(camera: Camera, point: Point): Point {
  return {
    x: camera.centerX + (point.x - camera.screen.width / 2) / camera.scale,
    y: camera.centerY + (point.y - camera.screen.height / 2) / camera.scale,
  };
}

/** The viewport after zooming by `factor` while the board point under `anchor` stays put. */
export function zoomAt(camera: Camera, anchor: Point, factor: number): Rect {
  const scale = clampScale(camera.scale * factor);
  const fixed = screenToBoard(camera, anchor);
  return visibleRect({
    scale,
    centerX: fixed.x - (anchor.x - camera.screen.width / 2) / scale,
    centerY: fixed.y - (anchor.y - camera.screen.height / 2) / scale,
    screen: camera.screen,
  });
}

/** The viewport moved so the board slides by (dx, dy) CSS pixels; its size stays exactly. */
export function panBy(viewport: Rect, camera: Camera, dx: number, dy: number): Rect {
  return { ...viewport, x: viewport.x - dx / camera.scale, y: viewport.y - dy / camera.scale };
}

/** The viewport that shows `bounds` with `margin` CSS pixels around it, at most at 100 %. */
export function fitBounds(bounds: Rect, screen: ScreenSize, margin = 48): Rect {
  const room = {
    width: Math.max(1, screen.width - 2 * margin),
    height: Math.max(1, screen.height - 2 * margin),
  };
  const scale = clampScale(
    Math.min(1, room.width / Math.max(1, bounds.width), room.height / Math.max(1, bounds.height)),
  );
  const center = rectCenter(bounds);
  return visibleRect({ scale, centerX: center.x, centerY: center.y, screen });
}
