import { describe, expect, it } from 'vitest';
import { layoutMap } from '../core/layout/layoutMap.ts';
import { readback } from '../core/readback/readback.ts';
import { sampleDraft, sampleTemplate } from '../test/sampleTemplate.ts';
import { rawItem, snapshotOfMaps } from '../test/snapshotOfMaps.ts';
import { mapAreas, mapAreasById } from './mapAreas.ts';

const plan = layoutMap(sampleTemplate, sampleDraft());

function onlyMap(snapshot: ReturnType<typeof snapshotOfMaps>) {
  const [map] = readback(snapshot).maps;
  if (!map) throw new Error('no map read');
  return map;
}

describe('mapAreas', () => {
  it('takes every cell of a recorded map from its grid, moved to the frame', () => {
    const snapshot = snapshotOfMaps([{ frameId: 'f1', plan, at: { x: 1000, y: -500 } }]);
    const areas = mapAreas(onlyMap(snapshot), snapshot);
    expect(areas.frame).toEqual({ x: 1000, y: -500, width: 4000, height: 3030 });
    // purchase is column [1880, 680]; pain points, the last lane, is [2430, 520]: the grid ends
    // where its labels end, not at the frame's edge (R12)
    expect(areas.cells['purchase']?.['painPoints']).toEqual({
      x: 2880,
      y: 1930,
      width: 680,
      height: 520,
    });
    expect(Object.keys(areas.cells['loyalty'] ?? {})).toEqual([
      'actions',
      'touchpoints',
      'emotions',
      'painPoints',
    ]);
  });

  it('takes the cells of an inferred map from the grid readback found', () => {
    const recorded = snapshotOfMaps([{ frameId: 'f1', plan }]);
    const inferred = { items: recorded.items.map((item) => ({ ...item, record: null })) };
    const map = onlyMap(inferred);
    expect(map.structure).toBe('inferred');
    const areas = mapAreas(map, inferred);
    const [stage] = map.stages.filter((s) => s.name === 'Use');
    const [lane] = map.lanes.filter((l) => l.name === 'Touchpoints');
    // columns meet halfway between header centres: 520 + 3 × 680 = 2560, 680 wide;
    // rows halfway between label centres: 740 + 520 = 1260 down to 1780
    expect(areas.cells[stage?.id ?? '']?.[lane?.id ?? '']).toEqual({
      x: 2560,
      y: 1260,
      width: 680,
      height: 520,
    });
  });

  it('gives where each unplaced note is, by its id', () => {
    const rect = { x: 100, y: 2600, width: 199, height: 228 };
    // inside the frame, left of the grid's first column (x 520), below the header
    const stray = rawItem('stray', 'sticky', rect, { text: 'Stray', parentId: 'f1' });
    const snapshot = snapshotOfMaps([{ frameId: 'f1', plan }], [stray]);
    const areas = mapAreas(onlyMap(snapshot), snapshot);
    expect(areas.unplaced).toEqual({ stray: { x: 100, y: 2600, width: 199, height: 228 } });
  });

  it('gives each of several maps the areas it has alone, by map id', () => {
    const stray = rawItem(
      'stray',
      'sticky',
      { x: 100, y: 2600, width: 199, height: 228 },
      { text: 'Stray', parentId: 'f2' },
    );
    const snapshot = snapshotOfMaps(
      [
        { frameId: 'f1', plan },
        { frameId: 'f2', plan, at: { x: 5000, y: 0 } },
      ],
      [stray],
    );
    const maps = readback(snapshot).maps;
    expect(maps.map((map) => map.id)).toEqual(['f1', 'f2']);
    const byId = mapAreasById(maps, snapshot);
    expect(Object.keys(byId)).toEqual(['f1', 'f2']);
    for (const map of maps) expect(byId[map.id]).toEqual(mapAreas(map, snapshot));
    expect(byId['f2']?.frame).toEqual({ x: 5000, y: 0, width: 4000, height: 3030 });
    expect(byId['f2']?.unplaced).toEqual({ stray: { x: 100, y: 2600, width: 199, height: 228 } });
  });
});
