import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardRect, rectContains, rectsOverlap, type BoardRect } from '../geometry/Rect.ts';
import { cellSlots, slotRect } from '../layout/noteSlots.ts';
import type { EmotionScore } from '../model/emotion.ts';
import { findSlot, findSlots, slotsForLane } from './findSlot.ts';

const cell = boardRect({ x: 1000, y: 500, width: 680, height: 520 });
const note = (x: number, y: number) => boardRect({ x, y, width: 199, height: 228 });

describe('findSlot', () => {
  it('takes the first slot of an empty cell, 20 in from its corner', () => {
    expect(findSlot(cellSlots(cell), [])).toEqual({ rect: note(1020, 520), crowded: false });
  });

  it('skips slots that would cover a note, even one off the grid', () => {
    const slot = findSlot(cellSlots(cell), [note(1020, 520), note(1250, 530)]);
    // the second slot starts at 1239 and the note at 1250 sits on it: the third is free
    expect(slot).toEqual({ rect: note(1458, 520), crowded: false });
  });

  it('cascades over the least filled slot of a full cell and says it is crowded', () => {
    const full = [0, 1, 2, 3, 4, 5].map((index) => slotRect(cellSlots(cell), index));
    expect(findSlot(cellSlots(cell), full)).toEqual({ rect: note(1050, 550), crowded: true });
  });
});

describe('findSlots', () => {
  it('gives each note of a batch its own slot, row-major', () => {
    const rects = findSlots(cellSlots(cell), [], 4).map((slot) => slot.rect);
    expect(rects).toEqual([note(1020, 520), note(1239, 520), note(1458, 520), note(1020, 768)]);
  });

  it('spreads a batch over a full cell rather than piling it on one slot', () => {
    const full = findSlots(cellSlots(cell), [], 6).map((slot) => slot.rect);
    const extra = findSlots(cellSlots(cell), full, 2);
    expect(extra).toEqual([
      { rect: note(1050, 550), crowded: true },
      { rect: note(1269, 550), crowded: true },
    ]);
  });

  it('places emotion notes on the row of their score', () => {
    const scale = boardRect({ ...cell, height: 650 });
    const [first] = findSlots(slotsForLane(scale, 'emotions', 2), [], 1);
    expect(first?.rect.width).toBe(100);
    expect(first?.rect.y).toBeCloseTo(507.71, 2); // 500 + (130 − 114.57) / 2
  });

  it('uses the default grid in an emotions lane when no score is chosen', () => {
    expect(slotsForLane(cell, 'emotions', null).size).toEqual({ width: 199, height: 228 });
  });
});

const noteInCell = fc
  .record({
    dx: fc.integer({ min: 0, max: 680 - 199 }),
    dy: fc.integer({ min: 0, max: 520 - 228 }),
  })
  .map(({ dx, dy }) => note(cell.x + dx, cell.y + dy));

describe('findSlots properties', () => {
  it('keeps every note inside the cell, and a free one off every other note', () => {
    fc.assert(
      fc.property(
        fc.array(noteInCell, { maxLength: 8 }),
        fc.integer({ min: 1, max: 12 }),
        (occupied, count) => {
          const found = findSlots(cellSlots(cell), occupied, count);
          const taken: BoardRect[] = [...occupied];
          for (const slot of found) {
            expect(rectContains(cell, slot.rect)).toBe(true);
            if (!slot.crowded)
              expect(taken.some((rect) => rectsOverlap(rect, slot.rect))).toBe(false);
            taken.push(slot.rect);
          }
        },
      ),
    );
  });

  it('keeps every note added to an emotions cell on its score’s row, or in the cell unscored', () => {
    // the layout's emotions cell: 680 wide, five rows of 130; +2's row is the top one
    const scale = boardRect({ x: 1000, y: 500, width: 680, height: 650 });
    fc.assert(
      fc.property(
        fc.constantFrom<EmotionScore | null>(2, 1, 0, -1, -2, null),
        fc.integer({ min: 1, max: 30 }),
        (score, count) => {
          const row =
            score === null
              ? scale
              : boardRect({ ...scale, y: 500 + (2 - score) * 130, height: 130 });
          for (const slot of findSlots(slotsForLane(scale, 'emotions', score), [], count))
            expect(rectContains(row, slot.rect)).toBe(true);
        },
      ),
    );
  });

  it('says crowded only when every slot of the grid covers a note', () => {
    fc.assert(
      fc.property(fc.array(noteInCell, { maxLength: 8 }), (occupied) => {
        const slots = cellSlots(cell);
        const { crowded } = findSlot(slots, occupied);
        const allTaken = [0, 1, 2, 3, 4, 5].every((index) =>
          occupied.some((rect) => rectsOverlap(rect, slotRect(slots, index))),
        );
        expect(crowded).toBe(allTaken);
      }),
    );
  });
});
