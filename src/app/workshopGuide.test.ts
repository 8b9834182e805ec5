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
    const first = cells['awareness']?.['painPoints'];
    const last = cells['loyalty']?.['painPoints'];
    if (!first || !last) throw new Error('no pain point cells');
    expect(painPoints?.area).toEqual({
      x: first.x,
      y: first.y,
      width: last.x + last.width - first.x,
      height: first.height,
    });
    // purchase × pain points, moved with the frame to (1000, -500)
    expect(cells['purchase']?.['painPoints']).toEqual({
      x: 2800,
      y: 1880,
      width: 680,
      height: 600,
    });
  });

  it('shows every cell for the introduction and the wrap-up', () => {
    const topLeft = cells['awareness']?.['actions'];
    const bottomRight = cells['loyalty']?.['painPoints'];
    if (!topLeft || !bottomRight) throw new Error('no corner cells');
    const whole = {
      x: topLeft.x,
      y: topLeft.y,
      width: bottomRight.x + bottomRight.width - topLeft.x,
      height: bottomRight.y + bottomRight.height - topLeft.y,
    };
    const steps = workshopGuide(map);
    expect(steps[0]?.area).toEqual(whole);
    expect(steps.at(-1)?.area).toEqual(whole);
  });

  it('has no area for a step whose lanes have no cells', () => {
    const noRows = { ...map, grid: { ...map.grid, rows: [] } };
    expect(workshopGuide(noRows).every((step) => step.area === null)).toBe(true);
  });
});
