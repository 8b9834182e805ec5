import { describe, expect, it } from 'vitest';
import { buildDraft, buildTemplate } from '../../test/buildTemplate.ts';
import { planToRawItems, shapeLabel, sticky } from '../../test/snapshotBuilders.ts';
import { layoutMap } from '../layout/layoutMap.ts';
import type { RawSnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { buildSnapshot } from '../snapshot/buildSnapshot.ts';
import { readback } from './readback.ts';

// The six-stage, six-lane test map at (1000, -500). Frame-local: stage headers 664 wide from
// 448 every 680, 558–682; lane labels from 88 to 432 (the emotions label to 342), inset 8 in
// rows of 520 (emotions, 4th, 650 from 2250). So the grid starts at 440 × 690, columns meet
// every 680 and rows every 520 (650), the last of each running to the frame's edge: 4600 × 4020.
// Absolute = local + (1000, -500).
const template = buildTemplate({
  persona: {
    name: 'Sam Lee',
    role: 'First-time buyer',
    goals: 'A fair price',
    frustrations: 'Hidden fees',
  },
});
const plan = layoutMap(template, buildDraft(template));
const at = (x: number, y: number) => ({ cx: 1000 + x, cy: -500 + y });
const base = planToRawItems(plan, 'f', { x: 1000, y: -500 });

function read(items: RawSnapshotItem[]) {
  return readback(buildSnapshot(items));
}

function withText(items: RawSnapshotItem[], from: string, to: string): RawSnapshotItem[] {
  return items.map((item) => (item.text === from ? { ...item, text: to } : item));
}

function withoutRecord(items: RawSnapshotItem[], text: string): RawSnapshotItem[] {
  return items.map((item) => (item.text === text ? { ...item, record: null } : item));
}

function moved(items: RawSnapshotItem[], text: string, dx: number, dy = 0): RawSnapshotItem[] {
  return items.map((item) =>
    item.text === text
      ? { ...item, rect: { ...item.rect, x: item.rect.x + dx, y: item.rect.y + dy } }
      : item,
  );
}

const stageIds = (items: RawSnapshotItem[]) => read(items).maps[0]?.stages.map((s) => s.id);

describe('readback of maps the app inserted (records on their items)', () => {
  it('[R6] uses the recorded stages, lanes and kinds', () => {
    const [map] = read(base).maps;
    expect(map?.structure).toBe('app');
    expect(map?.stages.map((s) => s.id)).toEqual([
      'awareness',
      'consideration',
      'purchase',
      'onboarding',
      'usage',
      'loyalty',
    ]);
    expect(map?.lanes.map((l) => [l.id, l.kind])).toEqual([
      ['actions', 'actions'],
      ['touchpoints', 'touchpoints'],
      ['thoughts', 'thoughts'],
      ['emotions', 'emotions'],
      ['pains', 'painPoints'],
      ['ideas', 'opportunities'],
    ]);
  });

  it('[R6] places notes in the grid the headers and labels mark out', () => {
    // local (1200, 1000): column 2 (1120–1800), lane 1 (690–1210)
    const [map] = read([
      ...base,
      sticky('n', at(1200, 1000), 'Compares prices', { parentId: 'f' }),
    ]).maps;
    expect(map?.notes.map((n) => [n.id, n.stageId, n.laneId])).toEqual([
      ['n', 'consideration', 'actions'],
    ]);
  });

  it('[R20] returns the grid on the board', () => {
    const [map] = read(base).maps;
    // column 2: 1000 + 1200; lane 4 (emotions): -500 + 2300, 650 high
    expect(map?.grid.columns[1]).toEqual([2200, 680]);
    expect(map?.grid.rows[3]).toEqual([1800, 650]);
    // the last column ends past its header as far as the others do: as wide as the layout's
    expect(map?.grid.columns[5]).toEqual([4920, 680]);
    expect(map?.grid.columns).toHaveLength(6);
  });

  it('[R7] picks up renamed headers and labels by their record', () => {
    const renamed = withText(
      withText(base, 'Consideration', 'Research'),
      'Pain points',
      'Frustrations',
    );
    const [map] = read(renamed).maps;
    expect(map?.stages[1]).toEqual({ id: 'consideration', name: 'Research' });
    expect(map?.lanes[4]).toEqual({ id: 'pains', name: 'Frustrations', kind: 'painPoints' });
  });

  it('[R7] names a header whose text was emptied by its place', () => {
    const [map] = read(withText(base, 'Purchase', '')).maps;
    expect(map?.stages[2]).toEqual({ id: 'purchase', name: 'Stage 3' });
  });

  it('[R7] follows a header moved along the row: its column moves with it', () => {
    // Usage (local 3168–3832) dragged right of Loyalty (3848–4512) into a widened frame
    const widened = base.map((item) =>
      item.id === 'f' ? { ...item, rect: { ...item.rect, width: 5300 } } : item,
    );
    const [map] = read([
      ...moved(widened, 'Usage', 1360),
      sticky('n', at(4800, 1000), 'Uses it daily', { parentId: 'f' }),
    ]).maps;
    expect(map?.stages.map((s) => s.id)).toEqual([
      'awareness',
      'consideration',
      'purchase',
      'onboarding',
      'loyalty',
      'usage',
    ]);
    expect(map?.notes.map((n) => n.stageId)).toEqual(['usage']);
  });

  it('[R7] follows a resized header: neighbours meet halfway between the headers', () => {
    // Purchase (1888–2552) made 1000 wide: it now reaches 2888, Onboarding starts at 2568
    const wider = base.map((item) =>
      item.text === 'Purchase' ? { ...item, rect: { ...item.rect, width: 1000 } } : item,
    );
    const [map] = read(wider).maps;
    // Consideration ends at 1880, halfway between 1872 and 1888; Purchase's right edge (2888)
    // overlaps Onboarding (from 2568), so they meet halfway across the overlap, 2728
    expect(map?.grid.columns.map(([x, width]) => [x - 1000, width]).slice(1, 4)).toEqual([
      [1200, 680],
      [1880, 848],
      [2728, 512],
    ]);
  });

  it('[R7] drops the column of a deleted header; its cells join the neighbours', () => {
    const [map] = read([
      ...base.filter((item) => item.text !== 'Purchase'),
      // local 1900: left of the middle between Consideration (ends 1792) and Onboarding (2488)
      sticky('n', at(1900, 1000), 'Pays', { parentId: 'f' }),
    ]).maps;
    expect(map?.stages.map((s) => s.id)).toEqual([
      'awareness',
      'consideration',
      'onboarding',
      'usage',
      'loyalty',
    ]);
    expect(map?.notes.map((n) => n.stageId)).toEqual(['consideration']);
  });

  it('[R7] gives a copied header a fresh id; the first keeps the recorded one', () => {
    const copy = base.find((item) => item.text === 'Loyalty');
    if (!copy) throw new Error('no Loyalty header');
    const widened = base.map((item) =>
      item.id === 'f' ? { ...item, rect: { ...item.rect, width: 5300 } } : item,
    );
    const ids = stageIds([
      ...widened,
      { ...copy, id: 'copy', rect: { ...copy.rect, x: copy.rect.x + 680 } },
    ]);
    expect(ids?.slice(5)).toEqual(['loyalty', 'stage-7']);
  });

  it('[R6] takes a header with another map’s record for one drawn by hand', () => {
    const pasted = base.map((item) =>
      item.text === 'Usage' && item.record
        ? { ...item, record: { ...item.record, map: 'other' } }
        : item,
    );
    expect(stageIds(pasted)).toEqual([
      'awareness',
      'consideration',
      'purchase',
      'onboarding',
      'stage-6',
      'loyalty',
    ]);
  });

  it('[R8] takes a header that lost its record for one added by hand', () => {
    const [map] = read(withoutRecord(withText(base, 'Loyalty', 'Advocacy'), 'Advocacy')).maps;
    // fresh ids count on from the five recorded stages
    expect(map?.stages[5]).toEqual({ id: 'stage-6', name: 'Advocacy' });
  });

  it('[R8] adds a stage header drawn right of the last one, with its column', () => {
    // frame widened to 5300; the new header sits where a 7th would: local x 4528, y 558
    const widened = base.map((item) =>
      item.id === 'f' ? { ...item, rect: { ...item.rect, width: 5300 } } : item,
    );
    const header = shapeLabel(
      'new',
      { x: 1000 + 4528, y: -500 + 558, width: 664, height: 124 },
      'Referral',
      { parentId: 'f' },
    );
    const [map] = read([
      ...widened,
      header,
      sticky('n', at(5000, 1000), 'Tells a friend', { parentId: 'f' }),
    ]).maps;
    expect(map?.stages[6]).toEqual({ id: 'stage-7', name: 'Referral' });
    expect(map?.notes.map((n) => [n.id, n.stageId, n.laneId])).toEqual([
      ['n', 'stage-7', 'actions'],
    ]);
  });

  it('[R8] adds a lane label drawn below the last one, with its row and kind', () => {
    // frame made 4600 high; the new label sits below the last lane (which ends at 3940)
    const taller = base.map((item) =>
      item.id === 'f' ? { ...item, rect: { ...item.rect, height: 4600 } } : item,
    );
    const label = shapeLabel(
      'new',
      { x: 1000 + 88, y: -500 + 3948, width: 344, height: 504 },
      'Channels',
      { parentId: 'f' },
    );
    const [map] = read([
      ...taller,
      label,
      sticky('n', at(600, 4200), 'Email', { parentId: 'f' }),
    ]).maps;
    expect(map?.lanes[6]).toEqual({ id: 'lane-7', name: 'Channels', kind: 'channels' });
    expect(map?.notes.map((n) => [n.id, n.stageId, n.laneId])).toEqual([
      ['n', 'awareness', 'lane-7'],
    ]);
  });

  it('[R12] leaves notes in the frame’s margin, right of the last stage and below the last lane, unplaced', () => {
    const [map] = read([
      ...base,
      sticky('below', at(1000, 4030), 'below', { parentId: 'f', width: 50, height: 50 }),
      sticky('right', at(4640, 1000), 'right', { parentId: 'f', width: 50, height: 50 }),
    ]).maps;
    expect(map?.notes).toEqual([]);
    expect(map?.unplaced).toEqual([
      { id: 'right', text: 'right', reason: 'right of the last stage' },
      { id: 'below', text: 'below', reason: 'below the last lane' },
    ]);
  });

  it('[R3] lists a note above the stage headers as unplaced', () => {
    const [map] = read([...base, sticky('up', at(3000, 300), 'up', { parentId: 'f' })]).maps;
    expect(map?.unplaced).toEqual([{ id: 'up', text: 'up', reason: 'above the stage headers' }]);
  });

  it('[R12] splits a divider band between the lanes above and below it', () => {
    const withDivider = buildTemplate({
      dividers: [{ below: 'thoughts', name: 'Line of visibility' }],
    });
    const dividedPlan = layoutMap(withDivider, buildDraft(withDivider));
    // thoughts' label ends at 2292, the 60-high gap runs to 2360, emotions' label starts at
    // 2368: the lanes meet at 2330
    const items = [
      ...planToRawItems(dividedPlan, 'f', { x: 1000, y: -500 }),
      sticky('upper', at(1000, 2320), 'x', { parentId: 'f', width: 40, height: 40 }),
      sticky('lower', at(1000, 2340), 'y', { parentId: 'f', width: 40, height: 40 }),
    ];
    const [map] = readback(buildSnapshot(items)).maps;
    expect(map?.notes.map((n) => [n.id, n.laneId])).toEqual([
      ['upper', 'thoughts'],
      ['lower', 'emotions'],
    ]);
    expect(map?.unplaced).toEqual([]);
  });

  it('[R15] scores a plain note in the emotions lane by its height on the scale', () => {
    // the emotions lane spans 2250–2900, fifths of 130
    const [map] = read([
      ...base,
      sticky('top', at(1000, 2300), 'Relieved', { parentId: 'f', width: 100, height: 80 }),
      sticky('mid', at(1000, 2575), 'Fine', { parentId: 'f', width: 100, height: 80 }),
      sticky('low', at(1700, 2880), 'Angry', { parentId: 'f', width: 100, height: 40 }),
      sticky('red', at(2000, 2300), 'Annoyed', {
        parentId: 'f',
        width: 100,
        height: 80,
        color: 'red',
      }),
    ]).maps;
    expect(map?.notes.map((n) => [n.id, n.emotion])).toEqual([
      ['top', 2],
      ['mid', 0],
      ['low', -2],
      ['red', -1],
    ]);
  });

  it('[R16] reads the persona from the persona card', () => {
    expect(read(base).maps[0]?.persona).toEqual({
      name: 'Sam Lee',
      role: 'First-time buyer',
      goals: 'A fair price',
      frustrations: 'Hidden fees',
    });
  });

  it('[R17] takes the title from the frame, else from the app’s title item', () => {
    expect(read(base).maps[0]?.title).toBe('Customer journey');
    const untitled = base.map((item) => (item.id === 'f' ? { ...item, text: '' } : item));
    expect(read(untitled).maps[0]?.title).toBe('Customer journey');
  });

  it('[R6] reads a copy of the frame, which keeps its items’ records, as recorded', () => {
    const copy = planToRawItems(plan, 'copy', { x: 7000, y: -500 });
    const result = read([...base, ...copy]);
    expect(result.maps.map((m) => [m.id, m.structure])).toEqual([
      ['f', 'app'],
      ['copy', 'app'],
    ]);
  });

  it('[R6] infers a copy whose items carry no record (another whiteboard, an export)', () => {
    const copy = planToRawItems(plan, 'copy', { x: 7000, y: -500 }).map((item) => ({
      ...item,
      record: null,
    }));
    expect(read([...base, ...copy]).maps.map((m) => [m.id, m.structure])).toEqual([
      ['f', 'app'],
      ['copy', 'inferred'],
    ]);
  });

  it('[R6] reads the tags of maps inserted before records as records of one map', () => {
    const legacy = base.map((item) => {
      const { record } = item;
      if (record?.role === 'stage')
        return { ...item, record: { ...record, map: 'legacy', order: 0 } };
      if (record?.role === 'lane')
        return { ...item, record: { ...record, map: 'legacy', order: 0 } };
      return { ...item, record: null };
    });
    const [map] = read(legacy).maps;
    expect(map?.structure).toBe('app');
    expect(map?.lanes.map((l) => l.kind)).toEqual([
      'actions',
      'touchpoints',
      'thoughts',
      'emotions',
      'painPoints',
      'opportunities',
    ]);
  });
});
