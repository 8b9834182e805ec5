import { describe, expect, it } from 'vitest';
import { connectorPath, edgePoint, midpoint } from './connectorPath.ts';

const left = { x: 0, y: 0, width: 100, height: 100 };
const right = { x: 300, y: 0, width: 100, height: 100 };
const below = { x: 300, y: 400, width: 100, height: 100 };

describe('edgePoint', () => {
  it('leaves through the side that faces the target', () => {
    expect(edgePoint(left, { x: 500, y: 50 })).toEqual({ x: 100, y: 50 });
  });

  it('leaves through a corner-ward edge point on a diagonal', () => {
    expect(edgePoint(left, { x: 150, y: 150 })).toEqual({ x: 100, y: 100 });
  });
});

describe('connectorPath', () => {
  it('runs straight from edge to edge', () => {
    expect(connectorPath(left, right, 'straight')).toEqual([
      { x: 100, y: 50 },
      { x: 300, y: 50 },
    ]);
  });

  it('elbows across and then down', () => {
    expect(connectorPath(left, below, 'elbowed')).toEqual([
      { x: 100, y: 50 }, // right edge of the start
      { x: 350, y: 50 }, // above the end's centre
      { x: 350, y: 400 }, // top edge of the end
    ]);
  });

  it('is one straight segment when the items face each other', () => {
    expect(connectorPath(left, right, 'elbowed')).toEqual([
      { x: 100, y: 50 },
      { x: 300, y: 50 },
    ]);
  });
});

describe('midpoint', () => {
  it('is halfway along all the segments', () => {
    const path = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 300 },
    ];
    expect(midpoint(path)).toEqual({ x: 100, y: 100 }); // 400 long; 200 in: 100 across, 100 down
  });
});
