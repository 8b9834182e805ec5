// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { Point } from '../core/geometry/Rect.ts';
import {
  attachPanelDrag,
  boardPointAt,
  DRAG_THRESHOLD_PX,
  movedEnough,
  pagePointOf,
} from './panelDrag.ts';

// 2 CSS pixels per board unit, board (100, 50) at the middle of an 800 × 600 canvas
const camera = { scale: 2, centerX: 100, centerY: 50, screen: { width: 800, height: 600 } };

describe('where a drag from the panel is', () => {
  it('moves a point of the panel frame onto the page by the frame’s corner', () => {
    expect(pagePointOf({ left: 900, top: 52 }, { x: 10, y: 20 })).toEqual({ x: 910, y: 72 });
  });

  it('finds the board point under a page point, from the canvas’s corner', () => {
    expect(boardPointAt(camera, { left: 0, top: 40 }, { x: 400, y: 340 })).toEqual({
      x: 100,
      y: 50,
    });
    expect(boardPointAt(camera, { left: 0, top: 40 }, { x: 420, y: 300 })).toEqual({
      x: 110,
      y: 30,
    });
  });

  it('becomes a drag only once the pointer has moved a few pixels', () => {
    expect(movedEnough({ x: 0, y: 0 }, { x: DRAG_THRESHOLD_PX - 1, y: 0 })).toBe(false);
    expect(movedEnough({ x: 0, y: 0 }, { x: 3, y: DRAG_THRESHOLD_PX })).toBe(true);
  });
});

/** A panel frame holding one draggable chip and one plain element, and a canvas on the page. */
function setUp() {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const panel = frame.contentDocument;
  if (!panel) throw new Error('the frame has no document');
  panel.body.innerHTML =
    '<ul><li class="miro-draggable" data-map-id="f1" data-lane-id="pains">Pains</li><li id="plain">Plain</li></ul>';
  const canvas = document.createElement('canvas');
  document.body.append(canvas);
  const drops: { target: HTMLElement; point: Point }[] = [];
  const detach = attachPanelDrag(frame, {
    canvas: () => canvas,
    camera: () => camera,
    drop: (target, point) => drops.push({ target, point }),
  });
  // jsdom lays nothing out: every box is at (0, 0), so page and frame points are alike.
  let under: Element | null = canvas;
  document.elementFromPoint = () => under;
  const pointer = (type: string, on: Element, x: number, y: number) =>
    on.dispatchEvent(
      new (panel.defaultView?.MouseEvent ?? MouseEvent)(type, {
        bubbles: true,
        cancelable: true,
        clientX: x,
        clientY: y,
        button: 0,
      }),
    );
  const chip = panel.querySelector('.miro-draggable');
  const plain = panel.getElementById('plain');
  if (!chip || !plain) throw new Error('the panel has no chip');
  const ghost = () => document.querySelector<HTMLElement>('[data-testid="sandbox-drag-ghost"]');
  return {
    chip,
    plain,
    drops,
    detach,
    ghost,
    pointer,
    overNothing: () => (under = null),
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('attachPanelDrag', () => {
  it('drops a chip released over the canvas at the board point under the pointer', () => {
    const { chip, drops, ghost, pointer } = setUp();
    pointer('pointerdown', chip, 10, 10);
    pointer('pointermove', chip, 200, 150);
    expect(ghost()?.textContent).toBe('Pains');
    expect(ghost()?.classList.contains('sb-drag-ghost-over')).toBe(true);
    pointer('pointerup', chip, 420, 300);
    expect(drops).toHaveLength(1);
    expect(drops[0]?.target).toBe(chip);
    expect(drops[0]?.point).toEqual({ x: 110, y: 50 });
    expect(ghost()).toBeNull();
  });

  it('drops nothing when released elsewhere than the canvas, or on a click without a drag', () => {
    const { chip, drops, ghost, pointer, overNothing } = setUp();
    pointer('pointerdown', chip, 10, 10);
    pointer('pointerup', chip, 11, 10);
    overNothing();
    pointer('pointerdown', chip, 10, 10);
    pointer('pointermove', chip, 200, 150);
    expect(ghost()?.classList.contains('sb-drag-ghost-over')).toBe(false);
    pointer('pointerup', chip, 200, 150);
    expect(drops).toEqual([]);
    expect(ghost()).toBeNull();
  });

  it('drags only elements Miro lets be dragged, and nothing once detached', () => {
    const { chip, plain, drops, detach, ghost, pointer } = setUp();
    pointer('pointerdown', plain, 10, 10);
    pointer('pointermove', plain, 200, 150);
    expect(ghost()).toBeNull();
    pointer('pointerup', plain, 200, 150);
    detach();
    pointer('pointerdown', chip, 10, 10);
    pointer('pointermove', chip, 200, 150);
    pointer('pointerup', chip, 200, 150);
    expect(drops).toEqual([]);
  });
});
