import { describe, expect, it } from 'vitest';
import { buildDraft, buildTemplate } from '../../test/buildTemplate.ts';
import { planToRawItems, shapeLabel, sticky } from '../../test/snapshotBuilders.ts';
import { layoutMap } from '../layout/layoutMap.ts';
import type { RawSnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { buildSnapshot } from '../snapshot/buildSnapshot.ts';
import { readback } from './readback.ts';

// The six-stage, six-lane test map at (1000, -500). Frame-local: grid left 440, columns of 680;
// grid top 690, lanes of 520 (emotions, 4th, 650 from 2250); grid ends at 4520 × 3940; frame
// 4600 × 4020. Absolute = local + (1000, -500).
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
const structures = { f: plan.structure };

function read(items: RawSnapshotItem[]) {
  return readback(buildSnapshot(items, structures));
}

function withText(items: RawSnapshotItem[], from: string, to: string): RawSnapshotItem[] {
  return items.map((item) => (item.text === from ? { ...item, text: to } : item));
}

const untagged = base.map((item) => ({ ...item, tag: null }));

describe('readback of maps the app inserted (recorded structure)', () => {
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

  it('[R6] places notes in the recorded grid moved to the frame', () => {
    // local (1200, 1000): column 2 (1120–1800), lane 1 (690–1210)
    const [map] = read([
      ...base,
      sticky('n', at(1200, 1000), 'Compares prices', { parentId: 'f' }),
    ]).maps;
    expect(map?.notes.map((n) => [n.id, n.stageId, n.laneId])).toEqual([
      ['n', 'consideration', 'actions'],
    ]);
  });

  it('[R20] returns the recorded grid moved to the frame', () => {
    const [map] = read(base).maps;
    // column 2: 1000 + 1120; lane 4 (emotions): -500 + 2250, 650 high
    expect(map?.grid.columns[1]).toEqual([2120, 680]);
    expect(map?.grid.rows[3]).toEqual([1750, 650]);
    expect(map?.grid.columns).toHaveLength(6);
  });

  it('[R7] picks up renamed headers and labels by their tag', () => {
    const renamed = withText(
      withText(base, 'Consideration', 'Research'),
      'Pain points',
      'Frustrations',
    );
    const [map] = read(renamed).maps;
    expect(map?.stages[1]).toEqual({ id: 'consideration', name: 'Research' });
    expect(map?.lanes[4]).toEqual({ id: 'pains', name: 'Frustrations', kind: 'painPoints' });
  });

  it('[R7] picks up renamed headers and labels by position when tags are missing', () => {
    const renamed = withText(withText(untagged, 'Loyalty', 'Advocacy'), 'Emotions', 'Feelings');
    const [map] = read(renamed).maps;
    expect(map?.stages[5]).toEqual({ id: 'loyalty', name: 'Advocacy' });
    expect(map?.lanes[3]).toEqual({ id: 'emotions', name: 'Feelings', kind: 'emotions' });
  });

  it('[R7] keeps the recorded name when a header was deleted', () => {
    const [map] = read(base.filter((item) => item.text !== 'Purchase')).maps;
    expect(map?.stages[2]).toEqual({ id: 'purchase', name: 'Purchase' });
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

  it('[R3] lists notes below the last lane and right of the last stage as unplaced', () => {
    const [map] = read([
      ...base,
      sticky('below', at(1000, 3980), 'below', { parentId: 'f', width: 50, height: 50 }),
      sticky('right', at(4560, 1000), 'right', { parentId: 'f', width: 50, height: 50 }),
    ]).maps;
    expect(map?.unplaced).toEqual([
      { id: 'right', text: 'right', reason: 'right of the last stage' },
      { id: 'below', text: 'below', reason: 'below the last lane' },
    ]);
  });

  it('[R3] names the lanes around a divider gap', () => {
    const withDivider = buildTemplate({
      dividers: [{ below: 'thoughts', name: 'Line of visibility' }],
    });
    const dividedPlan = layoutMap(withDivider, buildDraft(withDivider));
    // thoughts ends at 2250; the 60-high gap runs to 2310
    const items = [
      ...planToRawItems(dividedPlan, 'f', { x: 1000, y: -500 }),
      sticky('gap', at(1000, 2280), 'x', { parentId: 'f', width: 40, height: 40 }),
    ];
    const [map] = readback(buildSnapshot(items, { f: dividedPlan.structure })).maps;
    expect(map?.unplaced).toEqual([
      { id: 'gap', text: 'x', reason: 'between lanes "Thoughts" and "Emotions"' },
    ]);
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

  it('[R6] reads a copy of the frame without a record by inference', () => {
    const copy = planToRawItems(plan, 'copy', { x: 7000, y: -500 });
    const result = read([...base, ...copy]);
    expect(result.maps.map((m) => [m.id, m.structure])).toEqual([
      ['f', 'app'],
      ['copy', 'inferred'],
    ]);
  });
});
