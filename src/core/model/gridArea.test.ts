import { describe, expect, it } from 'vitest';
import { gridArea, gridOfArea } from './gridArea.ts';

describe('gridArea', () => {
  it('writes columns as [x, width] and rows as [y, height] (R20)', () => {
    const area = gridArea({
      columns: [{ start: 440, end: 1120 }],
      rows: [{ start: 2250, end: 2900 }],
    });
    expect(area).toEqual({ columns: [[440, 680]], rows: [[2250, 650]] });
  });

  it('reads [x, width] and [y, height] back as intervals', () => {
    expect(gridOfArea({ columns: [[440, 680]], rows: [[2250, 650]] })).toEqual({
      columns: [{ start: 440, end: 1120 }],
      rows: [{ start: 2250, end: 2900 }],
    });
  });
});
