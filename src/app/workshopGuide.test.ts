import { describe, expect, it } from 'vitest';
import { layoutMap } from '../core/layout/layoutMap.ts';
import { readback } from '../core/readback/readback.ts';
import { sampleDraft, sampleTemplate } from '../test/sampleTemplate.ts';
import { snapshotOfMaps } from '../test/snapshotOfMaps.ts';
import { mapAreas } from './mapAreas.ts';
import { workshopGuide } from './workshopGuide.ts';

const plan = layoutMap(sampleTemplate, sampleDraft());
const snapshot = snapshotOfMaps([{ frameId: 'f1', plan, at: { x: 1000, y: -500 } }]);
const [map] = readback(snapshot).maps;
if (!map) throw new Error('no map read');
const cells = mapAreas(map, snapshot).cells;

describe('workshopGuide', () => {
  it('gives the agenda of the map, in order', () => {
    expect(workshopGuide(map).map((step) => step.title)).toEqual([
      'Meet the persona',
      'Actions',
      'Touchpoints',
      'Emotions',
      'Pain points',
      'Vote on pain points',
      'Wrap up',
    ]);
  });

  it('shows a lane step’s row of cells, where the cells are on the board', () => {
    const painPoints = workshopGuide(map).find((step) => step.title === 'Pain points');
    // columns from 520 + 1000, five of 680 (the grid ends where its labels end, R12); the pain
    // points row from 2380 - 500, 520 high
    expect(painPoints?.area).toEqual({ x: 1520, y: 1930, width: 3400, height: 520 });
  });

  it('shows every cell for the introduction and the wrap-up', () => {
    const steps = workshopGuide(map);
    // from the Actions row (740 - 500) to the pain points row's bottom (1930 + 520)
    const whole = { x: 1520, y: 240, width: 3400, height: 2210 };
    expect(steps[0]?.area).toEqual(whole);
    expect(steps.at(-1)?.area).toEqual(whole);
  });

  it('frames exactly the cells the grid’s buttons zoom to', () => {
    const touchpoints = workshopGuide(map).find((step) => step.title === 'Touchpoints');
    const first = cells['awareness']?.['touchpoints'];
    const last = cells['loyalty']?.['touchpoints'];
    expect(touchpoints?.area).toMatchObject({ x: first?.x, y: first?.y, height: first?.height });
    expect((touchpoints?.area?.x ?? 0) + (touchpoints?.area?.width ?? 0)).toBe(
      (last?.x ?? 0) + (last?.width ?? 0),
    );
  });

  it('has no area for a step whose lanes have no cells', () => {
    const noRows = { ...map, grid: { ...map.grid, rows: [] } };
    expect(workshopGuide(noRows).every((step) => step.area === null)).toBe(true);
  });
});
