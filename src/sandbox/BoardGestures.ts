import type { Rect } from '../core/geometry/Rect.ts';
import type { DrawState } from './BoardRenderer.ts';
import type { Camera, Point } from './camera.ts';
import { panBy, screenToBoard } from './camera.ts';
import { itemsInside, rectBetween } from './hitTest.ts';
import type { SandboxEmulator } from './SandboxEmulator.ts';
import type { Scene } from './scene.ts';
import { isVotable, movableIds, movingIds, opensEditorOnDoubleClick } from './scene.ts';
import type { BoardAction } from './shortcuts.ts';
import { shortcutFor } from './shortcuts.ts';
import { wheelIntent } from './wheelIntent.ts';

/** How far (CSS pixels) a press must travel before it counts as a drag. */
const DRAG_THRESHOLD = 3;

type Gesture =
  | { kind: 'idle' }
  | { kind: 'pan'; last: Point }
  | { kind: 'press'; start: Point; ids: string[] }
  | { kind: 'drag'; start: Point; ids: string[] }
  | { kind: 'marquee'; start: Point; base: readonly string[] };

/** What a gesture needs of the board on the canvas: the BoardView, seen from its input. */
export interface GestureTarget {
  readonly canvas: HTMLCanvasElement;
  readonly emulator: SandboxEmulator;
  camera(): Camera;
  currentScene(): Scene;
  /** The topmost item at a board point. */
  hit(point: Point): string | undefined;
  setPreview(preview: Pick<DrawState, 'moving' | 'marquee'>): void;
  setViewport(viewport: Rect): void;
  /** `anchor` in CSS pixels on the canvas; the canvas's centre unless given. */
  zoomBy(factor: number, anchor?: Point): void;
  addStickyAt(at: Point): void;
  edit(id: string): void;
  /** While a vote is open: adds a vote to the item, or takes one back; false when it is not votable. */
  voteOn(id: string, takeBack: boolean): boolean;
  run(action: BoardAction): void;
}

/**
 * Pointer, wheel and keyboard input on the board, turned into what a person means by it. Keys
 * count anywhere on the page except in text fields. While a vote is open, a click on a note votes
 * on it and an Alt-click takes a vote back, as in Miro's voting.
 */
export class BoardGestures {
  private gesture: Gesture = { kind: 'idle' };
  private spaceHeld = false;

  constructor(private readonly view: GestureTarget) {}

  attach(canvas: HTMLCanvasElement): () => void {
    const listeners: Array<
      [EventTarget, string, (event: never) => void, AddEventListenerOptions?]
    > = [
      [canvas, 'pointerdown', this.down],
      [canvas, 'pointermove', this.move],
      [canvas, 'pointerup', this.up],
      [canvas, 'pointercancel', this.cancel],
      [canvas, 'dblclick', this.doubleClick],
      [canvas, 'wheel', this.wheel, { passive: false }],
      [window, 'keydown', this.key],
      [window, 'keyup', this.key],
      [window, 'blur', this.release],
    ];
    for (const [target, type, listener, options] of listeners)
      target.addEventListener(type, listener as EventListener, options);
    return () => {
      for (const [target, type, listener] of listeners)
        target.removeEventListener(type, listener as EventListener);
    };
  }

  private local(event: MouseEvent): Point {
    const bounds = this.view.canvas.getBoundingClientRect();
    return { x: event.clientX - bounds.left, y: event.clientY - bounds.top };
  }

  private board(point: Point): Point {
    return screenToBoard(this.view.camera(), point);
  }

  private readonly down = (event: PointerEvent): void => {
    const { canvas, emulator } = this.view;
    canvas.focus({ preventScroll: true });
    const point = this.local(event);
    if (event.button === 1 || (event.button === 0 && this.spaceHeld)) {
      event.preventDefault();
      this.begin(event, { kind: 'pan', last: point });
      return;
    }
    if (event.button !== 0) return;
    const { user } = emulator;
    const hit = this.view.hit(this.board(point));
    if (hit === undefined) {
      if (!event.shiftKey) user.select([]);
      this.begin(event, {
        kind: 'marquee',
        start: point,
        base: event.shiftKey ? user.selection : [],
      });
      return;
    }
    if (emulator.voting && this.view.voteOn(hit, event.altKey)) return;
    if (event.shiftKey) {
      const selected = user.selection.includes(hit);
      user.select(selected ? user.selection.filter((id) => id !== hit) : [...user.selection, hit]);
      return;
    }
    if (!user.selection.includes(hit)) user.select([hit]);
    const ids = movableIds(this.view.currentScene(), user.selection);
    this.begin(event, { kind: 'press', start: point, ids });
  };

  private begin(event: PointerEvent, gesture: Gesture): void {
    this.gesture = gesture;
    this.updateCursor();
    this.view.canvas.setPointerCapture?.(event.pointerId);
  }

  private readonly move = (event: PointerEvent): void => {
    const gesture = this.gesture;
    const point = this.local(event);
    const camera = this.view.camera();
    switch (gesture.kind) {
      case 'pan':
        this.view.setViewport(
          panBy(
            this.view.emulator.viewport,
            camera,
            point.x - gesture.last.x,
            point.y - gesture.last.y,
          ),
        );
        this.gesture = { kind: 'pan', last: point };
        return;
      case 'press':
        if (Math.hypot(point.x - gesture.start.x, point.y - gesture.start.y) < DRAG_THRESHOLD)
          return;
        this.gesture = { ...gesture, kind: 'drag' };
        return this.move(event);
      case 'drag': {
        const ids = movingIds(this.view.currentScene(), gesture.ids);
        const dx = (point.x - gesture.start.x) / camera.scale;
        const dy = (point.y - gesture.start.y) / camera.scale;
        return this.view.setPreview({ moving: { ids, dx, dy } });
      }
      case 'marquee':
        return this.view.setPreview({
          marquee: rectBetween(this.board(gesture.start), this.board(point)),
        });
      case 'idle':
        return;
    }
  };

  private readonly up = (event: PointerEvent): void => {
    const gesture = this.gesture;
    this.gesture = { kind: 'idle' };
    this.updateCursor();
    this.view.setPreview({});
    const point = this.local(event);
    const { user } = this.view.emulator;
    if (gesture.kind === 'drag') {
      const scale = this.view.camera().scale;
      const dx = (point.x - gesture.start.x) / scale;
      const dy = (point.y - gesture.start.y) / scale;
      if (gesture.ids.length > 0 && (dx !== 0 || dy !== 0)) user.moveItems(gesture.ids, dx, dy);
    } else if (gesture.kind === 'marquee') {
      const area = rectBetween(this.board(gesture.start), this.board(point));
      if (area.width * area.height === 0) return;
      const scene = this.view.currentScene();
      const inside = movableIds(scene, itemsInside(scene.items, area));
      user.select([...new Set([...gesture.base, ...inside])]);
    }
  };

  private readonly cancel = (): void => {
    this.gesture = { kind: 'idle' };
    this.updateCursor();
    this.view.setPreview({});
  };

  private readonly doubleClick = (event: MouseEvent): void => {
    if (event.button !== 0) return;
    const at = this.board(this.local(event));
    const hit = this.view.hit(at);
    const entry = hit === undefined ? undefined : this.view.currentScene().byId.get(hit);
    // While voting, a quick second click on a note is another vote, not an edit.
    if (entry && this.view.emulator.voting && isVotable(entry.type)) return;
    if (entry && opensEditorOnDoubleClick(entry)) this.view.edit(entry.id);
    else this.view.addStickyAt(at);
  };

  private readonly wheel = (event: WheelEvent): void => {
    event.preventDefault();
    const intent = wheelIntent(event, this.view.camera().screen.height);
    if (intent.kind === 'zoom') this.view.zoomBy(intent.factor, this.local(event));
    else
      this.view.setViewport(
        panBy(this.view.emulator.viewport, this.view.camera(), intent.dx, intent.dy),
      );
  };

  private readonly key = (event: KeyboardEvent): void => {
    if (isTyping(event.target)) return;
    if (event.key === ' ') {
      this.spaceHeld = event.type === 'keydown';
      this.updateCursor();
      if (event.target === this.view.canvas) event.preventDefault();
      return;
    }
    if (event.type !== 'keydown') return;
    const action = shortcutFor(event);
    if (!action || (action.kind === 'edit' && isControl(event.target))) return;
    event.preventDefault();
    this.view.run(action);
  };

  private readonly release = (): void => {
    this.spaceHeld = false;
    this.updateCursor();
  };

  private updateCursor(): void {
    const panning = this.gesture.kind === 'pan';
    this.view.canvas.style.cursor = panning ? 'grabbing' : this.spaceHeld ? 'grab' : '';
  }
}

function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a, [role="button"]') !== null;
}

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
