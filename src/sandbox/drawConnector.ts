import type { StoredConnector } from './SandboxEmulator.ts';
import type { Rect } from '../core/geometry/Rect.ts';
import { connectorPath, midpoint } from './connectorPath.ts';
import type { DrawContext } from './DrawContext.ts';
import { htmlToLines } from '../core/text/htmlToLines.ts';
import { fontOf } from './TextMeasurer.ts';

const CAPTION_SIZE = 14;

/**
 * Draws the connector between the two items `rectOf` finds; false when one of them is gone.
 * Every cap other than 'none' is drawn as an arrow head.
 */
export function drawConnector(
  dc: DrawContext,
  connector: StoredConnector,
  rectOf: (id: string) => Rect | undefined,
): boolean {
  const start = connector.start ? rectOf(connector.start.item) : undefined;
  const end = connector.end ? rectOf(connector.end.item) : undefined;
  if (!start || !end) return false;
  const { ctx } = dc;
  const path = connectorPath(start, end, connector.shape);
  const { strokeColor, strokeWidth, strokeStyle } = connector.style;
  ctx.strokeStyle = strokeColor;
  ctx.lineWidth = strokeWidth;
  ctx.lineJoin = 'round';
  ctx.setLineDash(
    strokeStyle === 'dashed'
      ? [strokeWidth * 4, strokeWidth * 3]
      : strokeStyle === 'dotted'
        ? [strokeWidth, strokeWidth * 2]
        : [],
  );
  ctx.beginPath();
  path.forEach((point, index) =>
    index === 0 ? ctx.moveTo(point.x, point.y) : ctx.lineTo(point.x, point.y),
  );
  ctx.stroke();
  ctx.setLineDash([]);
  const size = Math.max(10, strokeWidth * 5);
  if (connector.style.endStrokeCap !== 'none') drawArrowHead(ctx, path, strokeColor, size);
  if (connector.style.startStrokeCap !== 'none')
    drawArrowHead(ctx, [...path].reverse(), strokeColor, size);
  const caption = connector.captions[0];
  if (caption && caption.content !== '') drawCaption(dc, caption.content, midpoint(path));
  return true;
}

function drawArrowHead(
  ctx: CanvasRenderingContext2D,
  path: readonly { x: number; y: number }[],
  color: string,
  size: number,
): void {
  const tip = path[path.length - 1];
  const before = path[path.length - 2];
  if (!tip || !before) return;
  const angle = Math.atan2(tip.y - before.y, tip.x - before.x);
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.moveTo(tip.x, tip.y);
  ctx.lineTo(tip.x - size * Math.cos(angle - 0.45), tip.y - size * Math.sin(angle - 0.45));
  ctx.lineTo(tip.x - size * Math.cos(angle + 0.45), tip.y - size * Math.sin(angle + 0.45));
  ctx.closePath();
  ctx.fill();
}

function drawCaption(dc: DrawContext, content: string, at: { x: number; y: number }): void {
  const { ctx } = dc;
  const text = htmlToLines(content)
    .map((line) => line.text)
    .join(' ');
  const width = dc.measure(text, false) * CAPTION_SIZE;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(at.x - width / 2 - 4, at.y - CAPTION_SIZE * 0.75, width + 8, CAPTION_SIZE * 1.5);
  ctx.fillStyle = '#1a1a1a';
  ctx.font = fontOf(CAPTION_SIZE, false);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, at.x, at.y);
}
