import type { Rect as SdkRect } from '@mirohq/websdk-types';
import { fromSdkGeometry } from '../position.ts';

/**
 * Margin `viewport.zoomTo` leaves around the items, as a fraction of their bounding box on each
 * side. Miro documents none; the emulator takes a tenth.
 */
export const ZOOM_TO_MARGIN_FRACTION = 0.1;

/**
 * The viewport (top-left based) that shows all `items` (centre-based) with a margin, centred
 * on them, keeping the aspect ratio of the `current` viewport.
 */
export function fitViewport(items: readonly SdkRect[], current: SdkRect): SdkRect {
  const rects = items.map((item) => fromSdkGeometry(item));
  const left = Math.min(...rects.map((rect) => rect.x));
  const right = Math.max(...rects.map((rect) => rect.x + rect.width));
  const top = Math.min(...rects.map((rect) => rect.y));
  const bottom = Math.max(...rects.map((rect) => rect.y + rect.height));
  const paddedWidth = (right - left) * (1 + 2 * ZOOM_TO_MARGIN_FRACTION);
  const paddedHeight = (bottom - top) * (1 + 2 * ZOOM_TO_MARGIN_FRACTION);
  const aspect = current.width / current.height;
  const width = Math.max(paddedWidth, paddedHeight * aspect);
  const height = width / aspect;
  return fromSdkGeometry({ x: (left + right) / 2, y: (top + bottom) / 2, width, height });
}
