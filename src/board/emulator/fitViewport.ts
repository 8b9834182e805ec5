import type { Rect as SdkRect } from '@mirohq/websdk-types';

/** Margin around the fitted items, as a fraction of their bounding box on each side. */
export const ZOOM_PADDING = 0.1;

/**
 * The viewport (top-left based) that shows all `items` (centre-based) with a margin, centred
 * on them, keeping the aspect ratio of the `current` viewport.
 */
export function fitViewport(items: readonly SdkRect[], current: SdkRect): SdkRect {
  const left = Math.min(...items.map((item) => item.x - item.width / 2));
  const right = Math.max(...items.map((item) => item.x + item.width / 2));
  const top = Math.min(...items.map((item) => item.y - item.height / 2));
  const bottom = Math.max(...items.map((item) => item.y + item.height / 2));
  const paddedWidth = (right - left) * (1 + 2 * ZOOM_PADDING);
  const paddedHeight = (bottom - top) * (1 + 2 * ZOOM_PADDING);
  const aspect = current.width / current.height;
  const width = Math.max(paddedWidth, paddedHeight * aspect);
  const height = width / aspect;
  return { x: (left + right) / 2 - width / 2, y: (top + bottom) / 2 - height / 2, width, height };
}
