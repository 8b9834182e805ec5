import { boundsOf, rectAround, type Rect } from '../core/geometry/Rect.ts';
import { BoardGestures, type GestureTarget } from './BoardGestures.ts';
import type { DrawState } from './BoardRenderer.ts';
import { BoardRenderer } from './BoardRenderer.ts';
import type { Camera, Point } from './camera.ts';
import { boardToScreen, cameraOf, fitBounds, panBy, visibleRect, zoomAt } from './camera.ts';
import { FRAME_TITLE_PX } from './drawFrame.ts';
import { hitTest } from './hitTest.ts';
import type { SandboxEmulator } from './SandboxEmulator.ts';
import type { Scene } from './scene.ts';
import { buildScene, EMPTY_SCENE, isTextEditable, isVotable, movableIds } from './scene.ts';
import type { BoardAction } from './shortcuts.ts';

export type BoardViewEvents = {
  /** A person asked to edit the text of this item; `isNew` when it was added for the edit. */
  onEdit(id: string, isNew: boolean): void;
  onDrawn(count: number): void;
};

type Preview = Pick<DrawState, 'moving' | 'marquee'>;

/**
 * The board on a canvas: keeps the scene in step with the emulator, draws it in animation
 * frames when something changed, and turns a person's gestures into `emulator.user` actions.
 */
export class BoardView implements GestureTarget {
  private scene: Scene = EMPTY_SCENE;
  private sceneStale = true;
  private screen: { width: number; height: number } | undefined;
  private frame = 0;
  private destroyed = false;
  private preview: Preview = {};
  private readonly renderer: BoardRenderer;
  private readonly gestures: BoardGestures;
  private readonly cleanups: Array<() => void> = [];

  constructor(
    readonly canvas: HTMLCanvasElement,
    readonly emulator: SandboxEmulator,
    private readonly events: BoardViewEvents,
  ) {
    this.renderer = new BoardRenderer(canvas);
    this.gestures = new BoardGestures(this);
    this.cleanups.push(
      emulator.subscribe((change) => {
        if (change.kind !== 'selection' && change.kind !== 'viewport' && change.kind !== 'panel')
          this.sceneStale = true;
        this.requestDraw();
      }),
      this.gestures.attach(canvas),
    );
    const fonts = document.fonts;
    const onFonts = () => {
      this.renderer.forgetTextMetrics();
      this.requestDraw();
    };
    fonts.addEventListener('loadingdone', onFonts);
    void fonts.ready.then(onFonts);
    this.cleanups.push(() => fonts.removeEventListener('loadingdone', onFonts));
  }

  destroy(): void {
    this.destroyed = true;
    cancelAnimationFrame(this.frame);
    for (const cleanup of this.cleanups) cleanup();
  }

  /** The canvas's size in CSS pixels; the viewport takes the canvas's shape around its centre. */
  resize(width: number, height: number, pixelRatio: number): void {
    const screen = { width: Math.max(1, width), height: Math.max(1, height) };
    // The first time, the saved viewport is fitted in; later, zoom and centre stay.
    const camera = this.screen ? this.camera() : cameraOf(this.emulator.viewport, screen);
    this.screen = screen;
    this.renderer.resize(screen.width, screen.height, pixelRatio);
    this.setViewport(visibleRect({ ...camera, screen }));
    this.drawNow();
  }

  private get screenSize(): { width: number; height: number } {
    return this.screen ?? { width: 1, height: 1 };
  }

  camera(): Camera {
    return cameraOf(this.emulator.viewport, this.screenSize);
  }

  currentScene(): Scene {
    if (this.sceneStale) {
      this.scene = buildScene(
        this.emulator.items(),
        this.emulator.connectors(),
        this.emulator.tags(),
      );
      this.sceneStale = false;
    }
    return this.scene;
  }

  /** CSS pixels relative to the page of a board point. */
  boardToPage(x: number, y: number): Point {
    const bounds = this.canvas.getBoundingClientRect();
    const point = boardToScreen(this.camera(), { x, y });
    return { x: bounds.left + window.scrollX + point.x, y: bounds.top + window.scrollY + point.y };
  }

  /** Where an item is on the canvas, in CSS pixels. */
  screenRectOf(id: string): Rect | undefined {
    const entry = this.currentScene().byId.get(id);
    if (!entry) return undefined;
    const camera = this.camera();
    const corner = boardToScreen(camera, entry.rect);
    return {
      ...corner,
      width: entry.rect.width * camera.scale,
      height: entry.rect.height * camera.scale,
    };
  }

  hit(point: Point): string | undefined {
    return hitTest(this.currentScene().items, point, FRAME_TITLE_PX.height / this.camera().scale);
  }

  setPreview(preview: Preview): void {
    this.preview = preview;
    this.requestDraw();
  }

  setViewport(viewport: Rect): void {
    this.emulator.user.setViewport(viewport);
  }

  zoomBy(factor: number, anchor?: Point): void {
    const { width, height } = this.screenSize;
    this.setViewport(zoomAt(this.camera(), anchor ?? { x: width / 2, y: height / 2 }, factor));
  }

  fit(): void {
    const bounds = boundsOf(this.currentScene().items.map((entry) => entry.rect));
    const screen = this.screenSize;
    const home = rectAround({ x: 0, y: 0 }, screen);
    this.setViewport(bounds ? fitBounds(bounds, screen) : home);
  }

  /** A new sticky note centred on `at` (board units), selected and open for typing. */
  addStickyAt(at: Point): void {
    const id = this.emulator.user.addStickyNote({ x: at.x, y: at.y });
    this.emulator.user.select([id]);
    this.events.onEdit(id, true);
  }

  addStickyAtCenter(): void {
    const camera = this.camera();
    this.addStickyAt({ x: camera.centerX, y: camera.centerY });
  }

  edit(id: string): void {
    const entry = this.currentScene().byId.get(id);
    if (entry && isTextEditable(entry.type)) this.events.onEdit(id, false);
  }

  voteOn(id: string, takeBack: boolean): boolean {
    const entry = this.currentScene().byId.get(id);
    const session = this.emulator.voting;
    if (!entry || !session || !isVotable(entry.type)) return false;
    if (!takeBack) this.emulator.user.vote(id);
    else if ((session.votes[id] ?? 0) > 0) this.emulator.user.unvote(id);
    return true;
  }

  run(action: BoardAction): void {
    const { user } = this.emulator;
    switch (action.kind) {
      case 'pan':
        return this.setViewport(panBy(this.emulator.viewport, this.camera(), action.dx, action.dy));
      case 'zoom':
        return this.zoomBy(action.factor);
      case 'fit':
        return this.fit();
      case 'selectAll': {
        const scene = this.currentScene();
        return user.select(
          movableIds(
            scene,
            scene.items.map((entry) => entry.id),
          ),
        );
      }
      case 'delete':
        if (user.selection.length > 0) user.deleteItems([...user.selection]);
        return;
      case 'undo':
        user.undo();
        return;
      case 'edit':
        if (user.selection.length === 1 && user.selection[0] !== undefined)
          this.edit(user.selection[0]);
        return;
      case 'deselect':
        return user.select([]);
    }
  }

  requestDraw(): void {
    if (this.frame !== 0 || this.destroyed) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.drawNow();
    });
  }

  private drawNow(): void {
    const drawn = this.renderer.draw({
      scene: this.currentScene(),
      camera: this.camera(),
      selection: new Set(this.emulator.user.selection),
      ...this.preview,
    });
    this.events.onDrawn(drawn);
  }
}
