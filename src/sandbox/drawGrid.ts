import type { Rect } from '../core/geometry/Rect.ts';

/** Grid spacing in board units: the smallest of 10 × 2ⁿ that is at least 24 CSS pixels apart. */
export function gridSpacing(scale: number): number {
  let spacing = 10;
  while (spacing * scale < 24) spacing *= 2;
  return spacing;
}

/** A dot grid over the visible board area, as Miro's board shows. */
export function drawGrid(ctx: CanvasRenderingContext2D, view: Rect, scale: number): void {
  const spacing = gridSpacing(scale);
  const dot = 1.6 / scale;
  ctx.fillStyle = '#d7d8df';
  const startX = Math.ceil(view.x / spacing) * spacing;
  const startY = Math.ceil(view.y / spacing) * spacing;
  for (let x = startX; x < view.x + view.width; x += spacing)
    for (let y = startY; y < view.y + view.height; y += spacing)
      ctx.fillRect(x - dot / 2, y - dot / 2, dot, dot);
}
