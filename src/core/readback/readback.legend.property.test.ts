import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legendMap } from '../../test/legendMap.ts';
import { card, sticky } from '../../test/snapshotBuilders.ts';
import { NOTE_COLORS, type NoteColor } from '../model/noteColor.ts';
import type { RawSnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { buildSnapshot } from '../snapshot/buildSnapshot.ts';
import { readback } from './readback.ts';

const STAGE_NAMES = ['Discover', 'Compare', 'Buy', 'Wait', 'Use', 'Renew'];
const ENTRY_NAMES = ['Actions', 'Questions', 'Pain points', 'Ideas', 'Touchpoints', 'Feelings'];

type ExpectedNote = { id: string; stage: number; color: NoteColor | null };

const legendBoard = fc
  .record({
    stages: fc.integer({ min: 2, max: 6 }),
    widths: fc.array(fc.integer({ min: 150, max: 900 }), { minLength: 6, maxLength: 6 }),
    height: fc.integer({ min: 600, max: 2000 }),
    colors: fc.uniqueArray(fc.constantFrom(...NOTE_COLORS), { minLength: 2, maxLength: 6 }),
    legend: fc.constantFrom('column' as const, 'row' as const),
    swatches: fc.constantFrom('sticky' as const, 'namedSticky' as const, 'shape' as const),
    notes: fc.array(
      fc.record({
        // one note in ten is a card
        card: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
        across: fc.double({ min: 0, max: 1, noNaN: true }),
        down: fc.double({ min: 0, max: 1, noNaN: true }),
        width: fc.integer({ min: 20, max: 400 }),
        height: fc.integer({ min: 20, max: 400 }),
        legendColor: fc.boolean(),
        pick: fc.nat(),
        color: fc.constantFrom(...NOTE_COLORS),
      }),
      { maxLength: 40 },
    ),
  })
  .map((spec) => {
    const widths = spec.widths.slice(0, spec.stages);
    const items = legendMap({
      frameId: 'f',
      stages: STAGE_NAMES.slice(0, spec.stages),
      widths,
      height: spec.height,
      entries: spec.colors.map((color, index) => ({ color, name: ENTRY_NAMES[index] ?? '' })),
      legend: spec.legend,
      swatches: spec.swatches,
    });
    // Columns as drawn: column i from 400 + the widths before it; the last ends where its label
    // ends, 20 past it (R12). Notes sit right of x 440 and below y 400, so in the grid.
    const starts = widths.map(
      (_, index) => 400 + widths.slice(0, index).reduce((a, b) => a + b, 0),
    );
    const right = 400 + widths.reduce((a, b) => a + b, 0);
    const bottom = 380 + spec.height;
    const expected: ExpectedNote[] = [];
    const notes = spec.notes.map((note, index): RawSnapshotItem => {
      const cx = 440 + note.across * (right - 450);
      const cy = 400 + note.down * (bottom - 410);
      const stage = starts.filter((start) => start <= cx).length - 1;
      const id = `n${index}`;
      if (note.card) {
        expected.push({ id, stage, color: null });
        const { width, height } = note;
        const rect = { x: cx - width / 2, y: cy - height / 2, width, height };
        return card(id, rect, `card ${index}`, { parentId: 'f' });
      }
      const color = note.legendColor
        ? (spec.colors[note.pick % spec.colors.length] ?? note.color)
        : note.color;
      expected.push({ id, stage, color });
      return sticky(id, { cx, cy }, `note ${index}`, {
        color,
        width: note.width,
        height: note.height,
        parentId: 'f',
      });
    });
    return { colors: spec.colors, items: [...items, ...notes], expected };
  });

describe('readback on random legend maps', () => {
  it('[R31] puts every note in the lane of its colour and the stage of its column, or unplaced', () => {
    fc.assert(
      fc.property(legendBoard, ({ colors, items, expected }) => {
        const [map] = readback(buildSnapshot(items)).maps;
        expect(map?.lanes.map((lane) => lane.color)).toEqual(colors);
        const placed = new Map(map?.notes.map((note) => [note.id, note]));
        const unplaced = new Map(map?.unplaced.map((note) => [note.id, note.reason]));
        for (const note of expected) {
          const lane = note.color === null ? -1 : colors.indexOf(note.color);
          if (lane < 0) {
            expect(unplaced.get(note.id)).toBe(
              note.color === null
                ? 'it is a card, which has no legend colour'
                : `its colour (${note.color}) is in no legend entry`,
            );
            continue;
          }
          expect(placed.get(note.id)?.laneId).toBe(`lane-${lane + 1}`);
          expect(placed.get(note.id)?.stageId).toBe(`stage-${note.stage + 1}`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('[R2] lists every note exactly once and no legend item', () => {
    fc.assert(
      fc.property(legendBoard, ({ items, expected }) => {
        const [map] = readback(buildSnapshot(items)).maps;
        const listed = [...(map?.notes ?? []), ...(map?.unplaced ?? [])].map((note) => note.id);
        expect([...listed].sort()).toEqual(expected.map((note) => note.id).sort());
      }),
      { numRuns: 200 },
    );
  });
});
