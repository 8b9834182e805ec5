import type { Point } from '../core/geometry/Rect.ts';
import { screenToBoard, type Camera } from './camera.ts';

/** How far the pointer moves before a press on a chip becomes a drag, in CSS pixels. */
export const DRAG_THRESHOLD_PX = 4;

/** The class Miro gives drags from the panel: only elements with it can be dropped on the board. */
export const DRAGGABLE_SELECTOR = '.miro-draggable';

/** Where the board is on the page and how it is shown, while a drag is under way. */
export type DropHost = {
  canvas(): HTMLCanvasElement | undefined;
  camera(): Camera | undefined;
  /** Miro's `drop`: the element dragged and the board point it was released over. */
  drop(target: HTMLElement, point: Point): void;
};

/** A point in the panel frame's viewport, in the page's viewport (the frame has no border). */
export function pagePointOf(frame: { left: number; top: number }, client: Point): Point {
  return { x: frame.left + client.x, y: frame.top + client.y };
}

/** The board point under a page point over the canvas at `canvas` (its box on the page). */
export function boardPointAt(camera: Camera, canvas: { left: number; top: number }, page: Point) {
  return screenToBoard(camera, { x: page.x - canvas.left, y: page.y - canvas.top });
}

export function movedEnough(from: Point, to: Point): boolean {
  return Math.hypot(to.x - from.x, to.y - from.y) >= DRAG_THRESHOLD_PX;
}

type Drag = { element: HTMLElement; pointerId: number; start: Point; ghost: HTMLElement | null };

function draggableAt(target: EventTarget | null): HTMLElement | null {
  // The panel's elements belong to the frame's window, so `instanceof Element` cannot tell.
  const element = target as Partial<Element> | null;
  return (element?.closest?.(DRAGGABLE_SELECTOR) as HTMLElement | null | undefined) ?? null;
}

function makeGhost(element: HTMLElement): HTMLElement {
  const ghost = document.createElement('div');
  const look = element.ownerDocument.defaultView?.getComputedStyle(element);
  ghost.className = 'sb-drag-ghost';
  ghost.dataset['testid'] = 'sandbox-drag-ghost';
  ghost.setAttribute('aria-hidden', 'true');
  ghost.textContent = element.textContent;
  if (look) {
    ghost.style.background = look.backgroundColor;
    ghost.style.color = look.color;
  }
  document.body.append(ghost);
  return ghost;
}

/**
 * Lets `miro-draggable` elements of the panel in `frame` be dragged onto the board, as in Miro:
 * a ghost follows the pointer across the page, showing where it would land while over the board,
 * and a release over the canvas is a drop at that board point. Returns the detach.
 */
export function attachPanelDrag(frame: HTMLIFrameElement, host: DropHost): () => void {
  let drag: Drag | null = null;
  const pagePoint = (event: PointerEvent) => {
    const box = frame.getBoundingClientRect();
    return pagePointOf(box, { x: event.clientX, y: event.clientY });
  };
  const overCanvas = (page: Point): HTMLCanvasElement | undefined => {
    const canvas = host.canvas();
    return canvas && document.elementFromPoint(page.x, page.y) === canvas ? canvas : undefined;
  };
  const end = () => {
    drag?.ghost?.remove();
    drag = null;
  };

  const onDown = (event: PointerEvent) => {
    const element = draggableAt(event.target);
    if (!element || event.button !== 0) return;
    event.preventDefault();
    element.setPointerCapture?.(event.pointerId);
    drag = { element, pointerId: event.pointerId, start: pagePoint(event), ghost: null };
  };
  const onMove = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const page = pagePoint(event);
    if (!drag.ghost && !movedEnough(drag.start, page)) return;
    drag.ghost ??= makeGhost(drag.element);
    drag.ghost.style.left = `${page.x}px`;
    drag.ghost.style.top = `${page.y}px`;
    drag.ghost.classList.toggle('sb-drag-ghost-over', overCanvas(page) !== undefined);
  };
  const onUp = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const { element, ghost } = drag;
    const page = pagePoint(event);
    end();
    const canvas = ghost ? overCanvas(page) : undefined;
    const camera = host.camera();
    if (canvas && camera)
      host.drop(element, boardPointAt(camera, canvas.getBoundingClientRect(), page));
  };

  let detachDocument = () => {};
  const attachDocument = () => {
    detachDocument();
    end();
    const panel = frame.contentDocument;
    if (!panel) return;
    panel.addEventListener('pointerdown', onDown, true);
    panel.addEventListener('pointermove', onMove, true);
    panel.addEventListener('pointerup', onUp, true);
    panel.addEventListener('pointercancel', end, true);
    detachDocument = () => {
      panel.removeEventListener('pointerdown', onDown, true);
      panel.removeEventListener('pointermove', onMove, true);
      panel.removeEventListener('pointerup', onUp, true);
      panel.removeEventListener('pointercancel', end, true);
    };
  };
  frame.addEventListener('load', attachDocument);
  if (frame.contentDocument?.readyState === 'complete') attachDocument();
  return () => {
    frame.removeEventListener('load', attachDocument);
    detachDocument();
    end();
  };
}
