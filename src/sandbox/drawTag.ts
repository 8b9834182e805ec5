import type { StoredTag } from './SandboxEmulator.ts';
import type { Point } from './camera.ts';
import type { DrawContext } from './DrawContext.ts';
import { fontOf } from './TextMeasurer.ts';

const TAG_COLORS: Record<string, string> = {
  red: '#f24726',
  magenta: '#da0063',
  violet: '#9510ac',
  light_green: '#cee741',
  green: '#8fd14f',
  dark_green: '#0ca789',
  cyan: '#12cdd4',
  blue: '#2d9bf0',
  dark_blue: '#414bb2',
  yellow: '#fac710',
  gray: '#808080',
  black: '#1a1a1a',
};

/** A tag chip with its top-left at `at`, `height` high, at most `maxWidth` wide; its width. */
export function drawTag(
  dc: DrawContext,
  tag: StoredTag,
  at: Point,
  height: number,
  maxWidth: number,
): number {
  if (maxWidth <= height) return 0;
  const { ctx } = dc;
  const fontSize = height * 0.6;
  const width = Math.min(maxWidth, dc.measure(tag.title, false) * fontSize + height * 0.8);
  ctx.fillStyle = TAG_COLORS[tag.color] ?? TAG_COLORS.gray ?? '#808080';
  ctx.beginPath();
  ctx.roundRect(at.x, at.y, width, height, height * 0.2);
  ctx.fill();
  ctx.save();
  ctx.clip();
  ctx.fillStyle = tag.color === 'yellow' || tag.color === 'light_green' ? '#1a1a1a' : '#ffffff';
  ctx.font = fontOf(fontSize, false);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillText(tag.title, at.x + height * 0.4, at.y + height / 2);
  ctx.restore();
  return width;
}
