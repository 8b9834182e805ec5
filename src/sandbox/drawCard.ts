import type { StoredCard } from './SandboxEmulator.ts';
import type { Rect } from '../core/geometry/Rect.ts';
import type { DrawContext } from './DrawContext.ts';
import { MIN_TEXT_ITEM_PX } from './DrawContext.ts';
import { htmlToLines } from '../core/text/htmlToLines.ts';
import { drawTextBlock } from './textBlock.ts';
import { wrapLines } from './wrapText.ts';

const BAR = 6;
const PADDING = 14;
const TITLE_SIZE = 14;
const DESCRIPTION_SIZE = 12;
const LINE_HEIGHT = 1.4;

export function drawCard(dc: DrawContext, card: StoredCard, rect: Rect): void {
  const { ctx, scale } = dc;
  const radius = Math.min(6, rect.height / 4);
  ctx.save();
  if (rect.width * scale > 24) {
    ctx.shadowColor = 'rgba(5, 0, 56, 0.12)';
    ctx.shadowBlur = 4 * scale * dc.pixelRatio;
    ctx.shadowOffsetY = 1 * scale * dc.pixelRatio;
  }
  ctx.beginPath();
  ctx.roundRect(rect.x, rect.y, rect.width, rect.height, radius);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.restore();
  ctx.save();
  ctx.clip();
  ctx.fillStyle = /^#[0-9a-fA-F]{6}$/.test(card.style.cardTheme) ? card.style.cardTheme : '#2d9bf0';
  ctx.fillRect(rect.x, rect.y, BAR, rect.height);
  ctx.strokeStyle = 'rgba(5, 0, 56, 0.16)';
  ctx.lineWidth = 1 / scale;
  ctx.stroke();
  if (Math.min(rect.width, rect.height) * scale >= MIN_TEXT_ITEM_PX) drawCardText(dc, card, rect);
  ctx.restore();
}

function drawCardText(dc: DrawContext, card: StoredCard, rect: Rect): void {
  const width = rect.width - BAR - 2 * PADDING;
  if (width <= 0) return;
  const title = dc.layouts.get(`${card.id}:title`, `${card.title}|${width}`, () => ({
    fontSize: TITLE_SIZE,
    lines: wrapLines(
      htmlToLines(card.title).map((line) => ({ ...line, bold: true })),
      width / TITLE_SIZE,
      dc.measure,
    ),
  }));
  const titleBox = { x: rect.x + BAR + PADDING, y: rect.y + PADDING, width, height: 0 };
  drawTextBlock(dc, title, titleBox, {
    color: '#050038',
    align: 'left',
    vertical: 'top',
    lineHeight: LINE_HEIGHT,
  });
  const used = title.lines.length * TITLE_SIZE * LINE_HEIGHT + 4;
  const description = dc.layouts.get(
    `${card.id}:description`,
    `${card.description}|${width}`,
    () => ({
      fontSize: DESCRIPTION_SIZE,
      lines: wrapLines(htmlToLines(card.description), width / DESCRIPTION_SIZE, dc.measure),
    }),
  );
  drawTextBlock(
    dc,
    description,
    { ...titleBox, y: titleBox.y + used },
    { color: '#595b6b', align: 'left', vertical: 'top', lineHeight: LINE_HEIGHT },
  );
}
