import {
  boardRect,
  rectAround,
  rectCenter,
  type BoardRect,
  type Point,
  type Rect,
} from '../core/geometry/Rect.ts';

type SdkGeometry = { x: number; y: number; width: number; height: number };

/**
 * The one set of conversions between core rectangles (top-left origin) and Miro positions
 * (item centre; a child of a frame is measured from the frame's top-left corner). The SDK
 * adapter, the REST reader, the emulator and the sandbox all place items through these.
 */
export function toSdkCenter(rect: Rect, origin: Point = { x: 0, y: 0 }): Point {
  const center = rectCenter(rect);
  return { x: origin.x + center.x, y: origin.y + center.y };
}

/** The item's rectangle on the board; `parent` is the frame it belongs to, if any. */
export function fromSdkGeometry(item: SdkGeometry, parent: SdkGeometry | null = null): BoardRect {
  return boardRect(rectAround(boardCenter(item, parent), item));
}

export function frameTopLeft(frame: SdkGeometry): Point {
  const { x, y } = rectAround(frame, frame);
  return { x, y };
}

/** A centre given from the `parent` frame's top-left (a child's position) as a board point. */
export function boardCenter(position: Point, parent: SdkGeometry | null): Point {
  if (!parent) return { x: position.x, y: position.y };
  const corner = frameTopLeft(parent);
  return { x: corner.x + position.x, y: corner.y + position.y };
}

/** A board point as measured from the `parent` frame's top-left: how a child is positioned. */
export function parentRelative(point: Point, parent: SdkGeometry): Point {
  const corner = frameTopLeft(parent);
  return { x: point.x - corner.x, y: point.y - corner.y };
}
