import { describe, expect, it } from 'vitest';
import { cellSlots, scaleRowSlots, slotRect } from './noteSlots.ts';

const cell = { x: 1000, y: 500, width: 680, height: 520 };

describe('cellSlots', () => {
  it('fits 3 × 2 default notes in a cell the layout draws, 20 from its edges and each other', () => {
    const slots = cellSlots(cell);
    expect([slots.columns, slots.rows]).toEqual([3, 2]);
    // 1000 + 20 + 2 × (199 + 20), 500 + 20 + 228 + 20
    expect(slotRect(slots, 5)).toEqual({ x: 1458, y: 768, width: 199, height: 228 });
  });

  it('shrinks the note so that one fits a low lane with its margins', () => {
    // (154 − 2 × 20) / 228 = 0.5: 114 high, 99.5 wide
    const slots = cellSlots({ ...cell, height: 154 });
    expect(slots.size).toEqual({ width: 99.5, height: 114 });
    expect([slots.columns, slots.rows]).toEqual([5, 1]);
  });
});

describe('scaleRowSlots', () => {
  it('puts small notes side by side, centred on the row of the score', () => {
    // a 650-high scale has rows of 130; −1 is the fourth row: 500 + 3 × 130 + (130 − 114.6…) / 2
    const rect = slotRect(scaleRowSlots({ ...cell, height: 650 }, -1), 1);
    expect(rect.x).toBe(1130); // 1000 + 20 + 100 + 10
    expect(rect.width).toBe(100);
    expect(rect.y).toBeCloseTo(897.71, 2);
  });

  it('narrows the notes on a scale whose rows are lower than the layout draws them', () => {
    expect(scaleRowSlots({ ...cell, height: 325 }, 0).size.width).toBe(50); // 65 / 130 × 100
  });
});
