import { describe, expect, it } from 'vitest';
import {
  boardToScreen,
  cameraOf,
  fitBounds,
  panBy,
  screenToBoard,
  visibleRect,
  zoomAt,
} from './camera.ts';

const screen = { width: 800, height: 600 };

describe('cameraOf', () => {
  it('shows the whole viewport, centred, at the scale of its tighter side', () => {
    const camera = cameraOf({ x: -1000, y: -500, width: 2000, height: 1000 }, screen);
    expect(camera.scale).toBe(0.4); // min(800 / 2000, 600 / 1000)
    expect(camera.centerX).toBe(0);
    expect(camera.centerY).toBe(0);
  });

  it('clamps the zoom to 2 %–400 %', () => {
    expect(cameraOf({ x: 0, y: 0, width: 10, height: 10 }, screen).scale).toBe(4);
    expect(cameraOf({ x: 0, y: 0, width: 1e6, height: 1e6 }, screen).scale).toBe(0.02);
  });

  it('reports the board area it shows in the screen’s aspect', () => {
    const camera = cameraOf({ x: -1000, y: -500, width: 2000, height: 1000 }, screen);
    expect(visibleRect(camera)).toEqual({ x: -1000, y: -750, width: 2000, height: 1500 });
  });
});

describe('screen and board coordinates', () => {
  const camera = { scale: 2, centerX: 100, centerY: 50, screen };

  it('puts the camera centre at the middle of the screen', () => {
    expect(boardToScreen(camera, { x: 100, y: 50 })).toEqual({ x: 400, y: 300 });
  });

  it('scales distances from the centre', () => {
    expect(boardToScreen(camera, { x: 110, y: 40 })).toEqual({ x: 420, y: 280 });
  });

  it('converts back', () => {
    expect(screenToBoard(camera, { x: 420, y: 280 })).toEqual({ x: 110, y: 40 });
  });
});

describe('zoomAt', () => {
  it('keeps the board point under the pointer in place', () => {
    const camera = { scale: 1, centerX: 0, centerY: 0, screen };
    const viewport = zoomAt(camera, { x: 600, y: 300 }, 2);
    // the pointer is over board x 200; at scale 2 it stays 200 px right of the centre: 200 - 100
    expect(viewport).toEqual({ x: 100 - 200, y: -150, width: 400, height: 300 });
  });

  it('stops at 400 %', () => {
    const camera = { scale: 3, centerX: 0, centerY: 0, screen };
    expect(zoomAt(camera, { x: 400, y: 300 }, 10).width).toBe(200); // 800 / 4
  });
});

describe('panBy', () => {
  it('moves the viewport against the drag, in board units, keeping its size', () => {
    const camera = { scale: 2, centerX: 0, centerY: 0, screen };
    const viewport = { x: -200, y: -150, width: 400, height: 300 };
    expect(panBy(viewport, camera, 100, -40)).toEqual({
      x: -250,
      y: -130,
      width: 400,
      height: 300,
    });
  });
});

describe('fitBounds', () => {
  it('fits a wide board into the screen with a margin', () => {
    const viewport = fitBounds({ x: 0, y: 0, width: 2000, height: 500 }, screen, 50);
    // scale = 700 / 2000 = 0.35; the screen then shows 800 / 0.35 board units across
    expect(viewport.x + viewport.width / 2).toBeCloseTo(1000);
    expect(viewport.width).toBeCloseTo(2285.714);
  });

  it('does not zoom past 100 % for a small board', () => {
    expect(fitBounds({ x: 0, y: 0, width: 100, height: 100 }, screen).width).toBe(800);
  });
});
