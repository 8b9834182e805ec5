import { describe, expect, it } from 'vitest';
import type { WheelInput } from './wheelIntent.ts';
import { wheelIntent } from './wheelIntent.ts';

function wheel(input: Partial<WheelInput>): WheelInput {
  return {
    deltaX: 0,
    deltaY: 0,
    deltaMode: 0,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    ...input,
  };
}

describe('wheelIntent', () => {
  it('pans the board against a plain scroll', () => {
    expect(wheelIntent(wheel({ deltaX: 10, deltaY: 30 }), 800)).toEqual({
      kind: 'pan',
      dx: -10,
      dy: -30,
    });
  });

  it('pans sideways with Shift', () => {
    expect(wheelIntent(wheel({ deltaY: 30, shiftKey: true }), 800)).toEqual({
      kind: 'pan',
      dx: -30,
      dy: 0,
    });
  });

  it('counts line-mode deltas as 16 px lines', () => {
    expect(wheelIntent(wheel({ deltaY: 3, deltaMode: 1 }), 800)).toEqual({
      kind: 'pan',
      dx: -0,
      dy: -48,
    });
  });

  it('zooms in on a pinch out (ctrl + negative delta)', () => {
    const intent = wheelIntent(wheel({ deltaY: -10, ctrlKey: true }), 800);
    expect(intent.kind).toBe('zoom');
    expect(intent.kind === 'zoom' && intent.factor).toBeCloseTo(1.083); // e^(10 × 0.008)
  });

  it('caps one wheel notch', () => {
    const intent = wheelIntent(wheel({ deltaY: 500, metaKey: true }), 800);
    expect(intent.kind === 'zoom' && intent.factor).toBeCloseTo(0.619); // e^(−60 × 0.008)
  });
});
