import type { Rect } from '../core/geometry/Rect.ts';
import type { DrawContext } from './DrawContext.ts';
import { MIN_READABLE_FONT_PX } from './DrawContext.ts';
import { fontOf } from './TextMeasurer.ts';
import type { TextLayout } from './wrapText.ts';

export type TextBlockStyle = {
  color: string;
  align: 'left' | 'center' | 'right';
  vertical: 'top' | 'middle' | 'bottom';
  lineHeight: number;
};

/** Draws laid-out lines inside `box` (board units); tiny text becomes bars of its width. */
export function drawTextBlock(
  dc: DrawContext,
  layout: TextLayout,
  box: Rect,
  style: TextBlockStyle,
) {
  const { ctx } = dc;
  const lineHeight = layout.fontSize * style.lineHeight;
  const total = layout.lines.length * lineHeight;
  const top =
    style.vertical === 'top'
      ? box.y
      : style.vertical === 'bottom'
        ? box.y + box.height - total
        : box.y + (box.height - total) / 2;
  const anchorX =
    style.align === 'left'
      ? box.x
      : style.align === 'right'
        ? box.x + box.width
        : box.x + box.width / 2;
  const greek = layout.fontSize * dc.scale < MIN_READABLE_FONT_PX;
  ctx.fillStyle = style.color;
  if (greek) {
    ctx.globalAlpha = 0.35;
    layout.lines.forEach((line, index) => {
      const width = Math.min(box.width, dc.measure(line.text, line.bold) * layout.fontSize);
      const x =
        style.align === 'left'
          ? box.x
          : style.align === 'right'
            ? anchorX - width
            : anchorX - width / 2;
      ctx.fillRect(x, top + index * lineHeight + lineHeight * 0.3, width, lineHeight * 0.4);
    });
    ctx.globalAlpha = 1;
    return;
  }
  ctx.textAlign = style.align;
  ctx.textBaseline = 'middle';
  let font = '';
  layout.lines.forEach((line, index) => {
    const next = fontOf(layout.fontSize, line.bold);
    if (next !== font) ctx.font = font = next;
    ctx.fillText(line.text, anchorX, top + (index + 0.5) * lineHeight);
  });
}
