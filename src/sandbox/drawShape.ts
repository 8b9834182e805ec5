import type { StoredShape, StoredText } from './SandboxEmulator.ts';
import type { Rect } from '../core/geometry/Rect.ts';
import type { DrawContext } from './DrawContext.ts';
import { MIN_TEXT_ITEM_PX } from './DrawContext.ts';
import { htmlToLines } from '../core/text/htmlToLines.ts';
import { shapePath } from './shapePath.ts';
import type { TextBlockStyle } from './textBlock.ts';
import { drawTextBlock } from './textBlock.ts';
import { wrapLines } from './wrapText.ts';

/** Matches the emulator's estimate of a text item's height. */
const TEXT_LINE_HEIGHT = 1.4;
const SHAPE_PADDING = 8;

function dashFor(style: string, width: number): number[] {
  if (style === 'dashed') return [width * 4, width * 3];
  if (style === 'dotted') return [width, width * 2];
  return [];
}

function drawContent(
  dc: DrawContext,
  slot: string,
  content: string,
  box: Rect,
  fontSize: number,
  style: TextBlockStyle,
): void {
  if (content === '' || box.width <= 0) return;
  const layout = dc.layouts.get(slot, `${content}|${box.width}|${fontSize}`, () => ({
    fontSize,
    lines: wrapLines(htmlToLines(content), box.width / fontSize, dc.measure),
  }));
  drawTextBlock(dc, layout, box, style);
}

export function drawShape(dc: DrawContext, shape: StoredShape, rect: Rect): void {
  const { ctx } = dc;
  const { style } = shape;
  ctx.beginPath();
  shapePath(ctx, shape.shape, rect);
  if (style.fillColor !== 'transparent' && style.fillOpacity > 0) {
    ctx.globalAlpha = style.fillOpacity;
    ctx.fillStyle = style.fillColor;
    ctx.fill();
    ctx.globalAlpha = 1;
  }
  if (style.borderWidth > 0 && style.borderOpacity > 0) {
    ctx.globalAlpha = style.borderOpacity;
    ctx.strokeStyle = style.borderColor;
    ctx.lineWidth = style.borderWidth;
    ctx.lineCap = style.borderStyle === 'dotted' ? 'round' : 'butt';
    ctx.setLineDash(dashFor(style.borderStyle, style.borderWidth));
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
  }
  if (Math.min(rect.width, rect.height) * dc.scale < MIN_TEXT_ITEM_PX) return;
  const inset = SHAPE_PADDING + style.borderWidth;
  drawContent(
    dc,
    shape.id,
    shape.content,
    {
      x: rect.x + inset,
      y: rect.y + inset,
      width: rect.width - 2 * inset,
      height: rect.height - 2 * inset,
    },
    style.fontSize,
    {
      color: style.color,
      align: style.textAlign,
      vertical: style.textAlignVertical,
      lineHeight: TEXT_LINE_HEIGHT,
    },
  );
}

export function drawText(dc: DrawContext, text: StoredText, rect: Rect): void {
  const { ctx } = dc;
  const { style } = text;
  if (style.fillColor !== 'transparent' && style.fillOpacity > 0) {
    ctx.globalAlpha = style.fillOpacity;
    ctx.fillStyle = style.fillColor;
    ctx.fillRect(rect.x, rect.y, rect.width, rect.height);
    ctx.globalAlpha = 1;
  }
  if (style.fontSize * dc.scale < 1) return;
  drawContent(dc, text.id, text.content, rect, style.fontSize, {
    color: style.color,
    align: style.textAlign,
    vertical: 'top',
    lineHeight: TEXT_LINE_HEIGHT,
  });
}
