import type { StoredFrame } from './SandboxEmulator.ts';
import type { Rect } from '../core/geometry/Rect.ts';
import type { DrawContext } from './DrawContext.ts';
import { fontOf } from './TextMeasurer.ts';

/** Frame titles keep one size on screen, whatever the zoom: CSS pixels. */
export const FRAME_TITLE_PX = { font: 13, gap: 6, height: 22 } as const;

export function drawFrame(dc: DrawContext, frame: StoredFrame, rect: Rect): void {
  const { ctx, scale } = dc;
  if (frame.style.fillColor !== 'transparent') {
    ctx.fillStyle = frame.style.fillColor;
    ctx.fillRect(rect.x, rect.y, rect.width, rect.height);
  }
  ctx.strokeStyle = 'rgba(5, 0, 56, 0.14)';
  ctx.lineWidth = 1 / scale;
  ctx.strokeRect(rect.x, rect.y, rect.width, rect.height);
  drawFrameTitle(dc, frame.title, rect);
}

function drawFrameTitle(dc: DrawContext, title: string, rect: Rect): void {
  const { ctx, scale } = dc;
  const maxWidth = rect.width * scale;
  if (title === '' || maxWidth < 24) return;
  const fontSize = FRAME_TITLE_PX.font / scale;
  const measured = dc.measure(title, false) * FRAME_TITLE_PX.font;
  let text = title;
  if (measured > maxWidth) {
    const keep = Math.max(0, Math.floor((title.length * maxWidth) / measured) - 1);
    text = `${title.slice(0, keep)}…`;
  }
  ctx.font = fontOf(fontSize, false);
  ctx.fillStyle = '#595b6b';
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(text, rect.x, rect.y - FRAME_TITLE_PX.gap / scale);
}
