import { boardRect, type BoardRect, type Rect } from '../core/geometry/Rect.ts';

type Point = { x: number; y: number };
type SdkGeometry = { x: number; y: number; width: number; height: number };

/**
 * The one pair of conversions between core rectangles (top-left origin) and Miro positions
 * (item centre; a child of a frame is measured from the frame's top-left corner).
 */
export function toSdkCenter(rect: Rect, origin: Point = { x: 0, y: 0 }): Point {
  return { x: origin.x + rect.x + rect.width / 2, y: origin.y + rect.y + rect.height / 2 };
}

/** The item's rectangle on the board; `parent` is the frame it belongs to, if any. */
export function fromSdkGeometry(item: SdkGeometry, parent: SdkGeometry | null = null): BoardRect {
  const origin = parent ? frameTopLeft(parent) : { x: 0, y: 0 };
  return boardRect({
    x: origin.x + item.x - item.width / 2,
    y: origin.y + item.y - item.height / 2,
    width: item.width,
    height: item.height,
  });
}

export function frameTopLeft(frame: SdkGeometry): Point {
  return { x: frame.x - frame.width / 2, y: frame.y - frame.height / 2 };
}
