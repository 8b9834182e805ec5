import type { Rect } from '../core/geometry/Rect.ts';
import { rectsOverlap, translateRect } from '../core/geometry/Rect.ts';
import type { Camera } from './camera.ts';
import { visibleRect } from './camera.ts';
import type { DrawContext } from './DrawContext.ts';
import { drawCard } from './drawCard.ts';
import { drawConnector } from './drawConnector.ts';
import { drawFrame, FRAME_TITLE_PX } from './drawFrame.ts';
import { drawGrid } from './drawGrid.ts';
import { drawShape, drawText } from './drawShape.ts';
import { drawStickyNote, paperRect } from './drawStickyNote.ts';
import type { Scene, SceneItem } from './scene.ts';
import { TextLayouts } from './TextLayouts.ts';
import { TextMeasurer } from './TextMeasurer.ts';

export type DrawState = {
  scene: Scene;
  camera: Camera;
  selection: ReadonlySet<string>;
  /** Items being dragged, drawn moved by (dx, dy) board units. */
  moving?: { ids: ReadonlySet<string>; dx: number; dy: number };
  /** The selection rectangle being drawn, in board units. */
  marquee?: Rect;
};

const SELECTION_BLUE = '#4262ff';

/** Draws the board on a canvas; returns how many items it drew (the others were off screen). */
export class BoardRenderer {
  private readonly ctx: CanvasRenderingContext2D;
  private readonly measurer: TextMeasurer;
  private readonly layouts = new TextLayouts();
  private pixelRatio = 1;

  constructor(private readonly canvas: HTMLCanvasElement) {
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('The browser gives this page no 2D canvas');
    this.ctx = ctx;
    this.measurer = new TextMeasurer(ctx);
  }

  resize(width: number, height: number, pixelRatio: number): void {
    this.pixelRatio = pixelRatio;
    this.canvas.width = Math.max(1, Math.round(width * pixelRatio));
    this.canvas.height = Math.max(1, Math.round(height * pixelRatio));
  }

  /** Text widths change once web fonts arrive. */
  forgetTextMetrics(): void {
    this.measurer.clear();
    this.layouts.clear();
  }

  draw(state: DrawState): number {
    const { ctx, pixelRatio } = this;
    const { camera, scene } = state;
    const { scale } = camera;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#f2f2f5';
    ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.setTransform(
      pixelRatio * scale,
      0,
      0,
      pixelRatio * scale,
      pixelRatio * (camera.screen.width / 2 - camera.centerX * scale),
      pixelRatio * (camera.screen.height / 2 - camera.centerY * scale),
    );
    const view = visibleRect(camera);
    drawGrid(ctx, view, scale);
    const margin = (FRAME_TITLE_PX.height + 8) / scale;
    const cull = {
      x: view.x - margin,
      y: view.y - margin,
      width: view.width + 2 * margin,
      height: view.height + 2 * margin,
    };
    const dc: DrawContext = {
      ctx,
      scale,
      pixelRatio,
      measure: this.measurer.measure,
      layouts: this.layouts,
      tags: scene.tags,
    };
    const rectOf = (entry: SceneItem): Rect =>
      state.moving?.ids.has(entry.id)
        ? translateRect(entry.rect, state.moving.dx, state.moving.dy)
        : entry.rect;

    const drawConnectors = () => {
      for (const connector of scene.connectors) {
        drawConnector(dc, connector, (id) => {
          const entry = scene.byId.get(id);
          return entry ? rectOf(entry) : undefined;
        });
      }
    };
    // Frames are first in the scene; connectors go above them and below the other items.
    let drawn = 0;
    let connectorsDrawn = false;
    for (const entry of scene.items) {
      if (!connectorsDrawn && entry.type !== 'frame') {
        drawConnectors();
        connectorsDrawn = true;
      }
      const rect = rectOf(entry);
      if (!rectsOverlap(rect, cull)) continue;
      drawItem(dc, entry, rect);
      drawn++;
    }
    if (!connectorsDrawn) drawConnectors();
    this.drawSelection(state, rectOf);
    return drawn;
  }

  private drawSelection(state: DrawState, rectOf: (entry: SceneItem) => Rect): void {
    const { ctx } = this;
    const { scale } = state.camera;
    ctx.strokeStyle = SELECTION_BLUE;
    ctx.lineWidth = 2 / scale;
    const gap = 3 / scale;
    for (const id of state.selection) {
      const entry = state.scene.byId.get(id);
      if (!entry) continue;
      const rect = entry.type === 'sticky_note' ? paperRect(rectOf(entry)) : rectOf(entry);
      ctx.strokeRect(rect.x - gap, rect.y - gap, rect.width + 2 * gap, rect.height + 2 * gap);
    }
    if (state.marquee) {
      const { x, y, width, height } = state.marquee;
      ctx.fillStyle = 'rgba(66, 98, 255, 0.08)';
      ctx.fillRect(x, y, width, height);
      ctx.lineWidth = 1 / scale;
      ctx.strokeRect(x, y, width, height);
    }
  }
}

function drawItem(dc: DrawContext, entry: SceneItem, rect: Rect): void {
  const { item } = entry;
  switch (item.type) {
    case 'frame':
      return drawFrame(dc, item, rect);
    case 'sticky_note':
      return drawStickyNote(dc, item, rect);
    case 'shape':
      return drawShape(dc, item, rect);
    case 'text':
      return drawText(dc, item, rect);
    case 'card':
      return drawCard(dc, item, rect);
  }
}
