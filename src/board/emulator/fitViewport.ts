import type { Rect as SdkRect } from '@mirohq/websdk-types';
import { boundsOf, rectAround, rectCenter } from '../../core/geometry/Rect.ts';
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
  const bounds = boundsOf(items.map((item) => fromSdkGeometry(item)));
  if (!bounds) return current;
  const paddedWidth = bounds.width * (1 + 2 * ZOOM_TO_MARGIN_FRACTION);
  const paddedHeight = bounds.height * (1 + 2 * ZOOM_TO_MARGIN_FRACTION);
  const aspect = current.width / current.height;
  const width = Math.max(paddedWidth, paddedHeight * aspect);
  return rectAround(rectCenter(bounds), { width, height: width / aspect });
}
