import type { Rect } from '../geometry/Rect.ts';

/**
 * How much of a new map the view shows across, in board units: the label column and the first
 * stages. On a canvas 1,100 pixels wide that is zoom 0.5, where the smallest text the layout draws
 * (24 units) is 12 pixels high; a wider canvas shows the same part larger.
 */
export const LANDING_WIDTH = 2200;

/**
 * Room left above and left of the frame, in board units (60 pixels at zoom 0.5): the whiteboard's
 * own toolbars lie over the canvas's top and left edges.
 */
export const LANDING_MARGIN = 120;

/**
 * Where the view lands after a map is drawn, frame-local: its top-left part (title, persona, stage
 * headers, the first lanes): at most `LANDING_WIDTH` across and as high as a view of that width
 * (`aspect` = the view's width / height), so the view's zoom is set by the width; the whole frame
 * when it is smaller; `LANDING_MARGIN` beyond its top-left edges.
 */
export function landingArea(frame: { width: number; height: number }, aspect: number): Rect {
  const width = Math.min(frame.width + 2 * LANDING_MARGIN, LANDING_WIDTH);
  const height = frame.height + 2 * LANDING_MARGIN;
  const shaped = Number.isFinite(aspect) && aspect > 0 ? LANDING_WIDTH / aspect : height;
  return { x: -LANDING_MARGIN, y: -LANDING_MARGIN, width, height: Math.min(height, shaped) };
}
