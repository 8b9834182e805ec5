import { describe, expect, it } from 'vitest';
import {
  allNoteIds,
  lanes,
  mapTitled,
  placements,
  reportOf,
  stageNames,
} from '../test/fixtureReport.ts';

describe('reports of hand-made boards', () => {
  it('hand-drawn-grid: a clean grid of shape labels', async () => {
    const report = await reportOf('hand-drawn-grid');
    expect(report.maps).toHaveLength(1);
    const map = mapTitled(report, 'Checkout journey');
    expect(map.id).toBe('3458764590001000001');
    expect(map.structure).toBe('inferred');
    expect(stageNames(map)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Delivery']);
    expect(lanes(map)).toEqual([
      ['Actions', 'actions'],
      ['Touchpoints', 'touchpoints'],
      ['Emotions', 'emotions'],
      ['Pain points', 'painPoints'],
    ]);
    expect(placements(map)).toEqual({
      '3458764590001000011': ['Awareness', 'Actions', null],
      '3458764590001000012': ['Awareness', 'Actions', null],
      '3458764590001000013': ['Consideration', 'Actions', null],
      '3458764590001000014': ['Purchase', 'Actions', null], // a card
      '3458764590001000015': ['Awareness', 'Touchpoints', null],
      '3458764590001000016': ['Consideration', 'Touchpoints', null],
      '3458764590001000017': ['Awareness', 'Emotions', 1], // "+1 Curious 🙂"
      '3458764590001000018': ['Consideration', 'Emotions', 2], // "😀 Great reviews"
      '3458764590001000019': ['Purchase', 'Emotions', -2], // "-2 Surprise shipping cost"
      '3458764590001000020': ['Delivery', 'Emotions', -1], // red, in the emotions lane
      '3458764590001000021': ['Purchase', 'Pain points', null],
      '3458764590001000022': ['Delivery', 'Pain points', null],
    });
    const byId = new Map(map.notes.map((note) => [note.id, note]));
    expect(byId.get('3458764590001000014')?.text).toBe('Adds to basket\nThree items, one on sale');
    expect(byId.get('3458764590001000021')).toMatchObject({
      tags: ['Pain point'],
      color: 'red',
      author: '3074457350987654322',
      votes: 0,
    });
    expect(byId.get('3458764590001000022')?.text).toBe('No tracking link & no e-mail');
    // in the corner left of the stages and above the lanes
    expect(map.unplaced).toEqual([
      {
        id: '3458764590001000023',
        text: 'Remember to ask legal',
        reason: 'above the stage headers',
      },
    ]);
  });

  it('messy-overhang: notes over cell borders belong to the cell of their centre', async () => {
    const map = mapTitled(await reportOf('messy-overhang'), 'Onboarding journey (workshop 3)');
    expect(map.structure).toBe('inferred');
    expect(stageNames(map)).toEqual(['Sign up', 'First login', 'Invite team']);
    expect(lanes(map)).toEqual([
      ['Doing', 'actions'],
      ['Feelings', 'emotions'],
      ['Pain points', 'painPoints'],
    ]);
    expect(placements(map)).toEqual({
      '3458764590002000008': ['Sign up', 'Doing', null], // centre x 1030, border 1100
      '3458764590002000009': ['First login', 'Doing', null], // over two borders, centre (1160, 560)
      '3458764590002000010': ['First login', 'Feelings', 1], // "4": five-point scale
      '3458764590002000011': ['First login', 'Feelings', -2], // "1": five-point scale
      '3458764590002000012': ['Invite team', 'Pain points', null],
      '3458764590002000013': ['Invite team', 'Pain points', null],
      '3458764590002000014': ['Sign up', 'Pain points', null], // hangs over the frame's bottom
      '3458764590002000015': ['Sign up', 'Doing', null], // overlaps the lane label
    });
    expect(map.unplaced).toEqual([]);
  });

  it('uneven-columns: columns follow the widths of their labels', async () => {
    const map = mapTitled(await reportOf('uneven-columns'), 'Car service journey');
    expect(stageNames(map)).toEqual(['Book', 'Drop off', 'Wait', 'Pick up']);
    expect(lanes(map)).toEqual([
      ['Customer actions', 'actions'],
      ['Touchpoints', 'touchpoints'],
      ['Opportunities', 'opportunities'],
    ]);
    expect(placements(map)).toEqual({
      '3458764590003000009': ['Book', 'Customer actions', null],
      '3458764590003000010': ['Drop off', 'Customer actions', null], // x 1550 in 700–1700
      '3458764590003000011': ['Drop off', 'Customer actions', null], // x 800
      '3458764590003000012': ['Wait', 'Customer actions', null], // x 1800 in 1700–2100
      '3458764590003000013': ['Pick up', 'Touchpoints', null], // x 3600 in 2100–3800
      '3458764590003000014': ['Wait', 'Touchpoints', null], // x 2000
      '3458764590003000015': ['Drop off', 'Opportunities', null], // x 1650
      '3458764590003000016': ['Pick up', 'Opportunities', null], // x 2150
    });
    expect(map.unplaced).toEqual([]);
  });

  it('unattached-over-frame: items lying over a frame count as inside it', async () => {
    const report = await reportOf('unattached-over-frame');
    expect(report.maps).toHaveLength(1);
    const map = mapTitled(report, 'Returns journey');
    expect(stageNames(map)).toEqual(['Decide to return', 'Ship it back', 'Refund']);
    expect(lanes(map)).toEqual([
      ['Actions', 'actions'],
      ['Thoughts', 'thoughts'],
      ['Emotions', 'emotions'],
    ]);
    expect(placements(map)).toEqual({
      '3458764590004000008': ['Decide to return', 'Actions', null],
      '3458764590004000009': ['Ship it back', 'Actions', null],
      '3458764590004000010': ['Ship it back', 'Thoughts', null],
      '3458764590004000011': ['Decide to return', 'Emotions', -1],
      '3458764590004000012': ['Refund', 'Emotions', 2],
      '3458764590004000013': ['Refund', 'Thoughts', null],
    });
    expect(map.unplaced).toEqual([]);
  });

  it('two-maps-and-strays: two maps side by side; notes outside frames belong to none', async () => {
    const report = await reportOf('two-maps-and-strays');
    expect(report.maps.map((map) => map.title).sort()).toEqual([
      'Map A: First purchase',
      'Map B: Repeat purchase',
    ]);
    const first = mapTitled(report, 'Map A: First purchase');
    expect(stageNames(first)).toEqual(['Browse', 'Buy', 'Receive']);
    expect(lanes(first)).toEqual([
      ['Actions', 'actions'],
      ['Pain points', 'painPoints'],
    ]);
    expect(placements(first)).toEqual({
      '3458764590005000008': ['Browse', 'Actions', null],
      '3458764590005000009': ['Browse', 'Pain points', null],
      '3458764590005000010': ['Buy', 'Actions', null],
    });
    const second = mapTitled(report, 'Map B: Repeat purchase');
    expect(stageNames(second)).toEqual(['Reorder', 'Pay', 'Receive']);
    expect(placements(second)).toEqual({
      '3458764590005000016': ['Reorder', 'Actions', null],
      '3458764590005000017': ['Pay', 'Pain points', null],
      '3458764590005000018': ['Receive', 'Actions', null],
    });
    expect(allNoteIds(report)).not.toContain('3458764590005000019');
    expect(allNoteIds(report)).not.toContain('3458764590005000020');
  });

  it('parking-lot: a frame of notes without labels is not a map', async () => {
    const report = await reportOf('parking-lot');
    expect(report.maps.map((map) => map.title)).toEqual(['Support call journey']);
    const map = mapTitled(report, 'Support call journey');
    expect(stageNames(map)).toEqual(['Call', 'Wait', 'Resolve']);
    expect(lanes(map)).toEqual([
      ['Actions', 'actions'],
      ['Emotions', 'emotions'],
    ]);
    expect(placements(map)).toEqual({
      '3458764590006000007': ['Call', 'Actions', null],
      '3458764590006000008': ['Wait', 'Emotions', -2], // 😡
      '3458764590006000009': ['Resolve', 'Emotions', 1], // 🙂
    });
    expect(map.unplaced).toEqual([]);
  });

  it('label-stickies: a row of same-coloured stickies names the stages, a column the lanes', async () => {
    const map = mapTitled(await reportOf('label-stickies'), 'Gym membership journey');
    expect(stageNames(map)).toEqual(['Discover', 'Join', 'Train', 'Renew']);
    expect(lanes(map)).toEqual([
      ['Actions', 'actions'],
      ['Feelings', 'emotions'],
      ['Pain points', 'painPoints'],
    ]);
    expect(placements(map)).toEqual({
      '3458764590007000009': ['Discover', 'Actions', null],
      '3458764590007000010': ['Join', 'Actions', null],
      '3458764590007000011': ['Train', 'Actions', null],
      '3458764590007000012': ['Discover', 'Feelings', 1], // "+1"
      '3458764590007000013': ['Join', 'Feelings', -1], // red in the emotions lane
      '3458764590007000014': ['Train', 'Feelings', 1], // green in the emotions lane
      '3458764590007000015': ['Renew', 'Pain points', null],
    });
    expect(map.unplaced).toEqual([]); // the label stickies are labels, not notes
  });

  it("miro-template: Miro's journey template with text labels and a Phases header", async () => {
    const map = mapTitled(await reportOf('miro-template'), 'Customer Journey Map');
    expect(stageNames(map)).toEqual(['Discover', 'Order', 'Delivery', 'Unpack']);
    expect(lanes(map)).toEqual([
      ['Customer actions', 'actions'],
      ['Feelings', 'emotions'],
      ['Frustrations', 'painPoints'],
      ['Ideas', 'opportunities'],
    ]);
    expect(placements(map)).toEqual({
      '3458764590008000016': ['Discover', 'Customer actions', null],
      '3458764590008000017': ['Order', 'Customer actions', null],
      '3458764590008000018': ['Delivery', 'Feelings', 2], // 😍
      '3458764590008000019': ['Order', 'Feelings', 0], // "3": five-point scale
      '3458764590008000020': ['Order', 'Frustrations', null],
      '3458764590008000021': ['Unpack', 'Frustrations', null],
      '3458764590008000022': ['Unpack', 'Ideas', null],
      '3458764590008000023': ['Order', 'Ideas', null], // a card
    });
    expect(map.unplaced).toEqual([]);
  });

  it('app-inserted: a map the app drew reads back with its recorded structure', async () => {
    const report = await reportOf('app-inserted');
    expect(report.maps).toHaveLength(1);
    const map = mapTitled(report, 'Meal kit subscription (as-is)');
    expect(map.structure).toBe('app');
    expect(map.stages).toEqual([
      { id: 'awareness', name: 'Awareness' },
      { id: 'consideration', name: 'Consideration' },
      { id: 'purchase', name: 'Purchase' },
      { id: 'onboarding', name: 'Onboarding' },
      { id: 'usage', name: 'Usage' },
      { id: 'loyalty', name: 'Loyalty' },
    ]);
    expect(map.lanes).toEqual([
      { id: 'actions', name: 'Actions', kind: 'actions' },
      { id: 'touchpoints', name: 'Touchpoints', kind: 'touchpoints' },
      { id: 'thoughts', name: 'Thoughts', kind: 'thoughts' },
      { id: 'emotions', name: 'Emotions', kind: 'emotions' },
      { id: 'painPoints', name: 'Pain points', kind: 'painPoints' },
      { id: 'opportunities', name: 'Opportunities', kind: 'opportunities' },
    ]);
    expect(placements(map)).toEqual({
      '3458764500000000029': ['Awareness', 'Actions', null],
      '3458764500000000030': ['Consideration', 'Actions', null],
      '3458764500000000031': ['Consideration', 'Touchpoints', null],
      '3458764500000000032': ['Purchase', 'Pain points', null],
      '3458764500000000033': ['Onboarding', 'Emotions', -1], // "-1 …"
      '3458764500000000034': ['Usage', 'Emotions', 2], // 😄
      '3458764500000000035': ['Loyalty', 'Opportunities', null],
    });
    expect(map.unplaced).toEqual([
      { id: '3458764500000000036', text: 'Who owns this map?', reason: 'above the stage headers' },
    ]);
  });
});
