import type { Rect } from '../core/geometry/Rect.ts';

type Path = Pick<CanvasPath, 'moveTo' | 'lineTo' | 'closePath' | 'ellipse' | 'roundRect' | 'rect'>;

function polygon(path: Path, rect: Rect, points: ReadonlyArray<readonly [number, number]>): void {
  points.forEach(([fx, fy], index) => {
    const x = rect.x + fx * rect.width;
    const y = rect.y + fy * rect.height;
    if (index === 0) path.moveTo(x, y);
    else path.lineTo(x, y);
  });
  path.closePath();
}

const POLYGONS: Record<string, ReadonlyArray<readonly [number, number]>> = {
  triangle: [
    [0.5, 0],
    [1, 1],
    [0, 1],
  ],
  rhombus: [
    [0.5, 0],
    [1, 0.5],
    [0.5, 1],
    [0, 0.5],
  ],
  parallelogram: [
    [0.25, 0],
    [1, 0],
    [0.75, 1],
    [0, 1],
  ],
  trapezoid: [
    [0.2, 0],
    [0.8, 0],
    [1, 1],
    [0, 1],
  ],
  pentagon: [
    [0.5, 0],
    [1, 0.38],
    [0.81, 1],
    [0.19, 1],
    [0, 0.38],
  ],
  hexagon: [
    [0.25, 0],
    [0.75, 0],
    [1, 0.5],
    [0.75, 1],
    [0.25, 1],
    [0, 0.5],
  ],
  octagon: [
    [0.3, 0],
    [0.7, 0],
    [1, 0.3],
    [1, 0.7],
    [0.7, 1],
    [0.3, 1],
    [0, 0.7],
    [0, 0.3],
  ],
  right_arrow: [
    [0, 0.25],
    [0.6, 0.25],
    [0.6, 0],
    [1, 0.5],
    [0.6, 1],
    [0.6, 0.75],
    [0, 0.75],
  ],
  left_arrow: [
    [1, 0.25],
    [0.4, 0.25],
    [0.4, 0],
    [0, 0.5],
    [0.4, 1],
    [0.4, 0.75],
    [1, 0.75],
  ],
};

/** Adds the outline of a Miro shape type to `path`; types it does not know are rectangles. */
export function shapePath(path: Path, shape: string, rect: Rect): void {
  if (shape === 'circle' || shape === 'ellipse') {
    path.ellipse(
      rect.x + rect.width / 2,
      rect.y + rect.height / 2,
      rect.width / 2,
      rect.height / 2,
      0,
      0,
      2 * Math.PI,
    );
    return;
  }
  if (shape === 'round_rectangle') {
    path.roundRect(
      rect.x,
      rect.y,
      rect.width,
      rect.height,
      Math.min(rect.width, rect.height) * 0.12,
    );
    return;
  }
  const points = POLYGONS[shape];
  if (points) polygon(path, rect, points);
  else path.rect(rect.x, rect.y, rect.width, rect.height);
}
