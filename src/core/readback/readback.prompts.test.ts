import { describe, expect, it } from 'vitest';
import { buildDraft, buildTemplate } from '../../test/buildTemplate.ts';
import { planToRawItems, sticky } from '../../test/snapshotBuilders.ts';
import { layoutMap } from '../layout/layoutMap.ts';
import type { RawSnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { buildSnapshot } from '../snapshot/buildSnapshot.ts';
import { readback } from './readback.ts';

const template = buildTemplate();
const plan = layoutMap(template, buildDraft(template));

function items(withRecords: boolean): RawSnapshotItem[] {
  return planToRawItems(plan, 'f', { x: 0, y: 0 }).map((item) =>
    withRecords ? item : { ...item, record: null },
  );
}

describe('[R39] a lane’s prompt question on its label box', () => {
  it('[R39] is no lane, stage or note of a recorded map, nor its description', () => {
    const [map] = readback(buildSnapshot(items(true))).maps;
    expect(map?.structure).toBe('app');
    expect(map?.lanes.map(({ name, description }) => [name, description])).toEqual(
      template.lanes.map((lane) => [lane.name, undefined]),
    );
    expect(map?.stages).toHaveLength(6);
    expect([map?.notes, map?.unplaced]).toEqual([[], []]);
  });

  it('[R39] is the lane’s description when the map is inferred, never a lane of its own', () => {
    const [map] = readback(buildSnapshot(items(false))).maps;
    expect(map?.structure).toBe('inferred');
    // [R17] the frame has no title; the title item in the app's title type gives it
    expect(map?.title).toBe(plan.title);
    expect(map?.lanes.slice(0, 2)).toEqual([
      {
        id: 'lane-1',
        name: 'Actions',
        kind: 'actions',
        description: 'What is the customer doing?',
      },
      {
        id: 'lane-2',
        name: 'Touchpoints',
        kind: 'touchpoints',
        description: 'Where do they meet us?',
      },
    ]);
    expect(map?.lanes.map((lane) => lane.kind)).toEqual(template.lanes.map((lane) => lane.kind));
    expect(map?.stages).toHaveLength(6);
  });

  it('[R15] reads the emotions lane as a scale by its marks, with faces or plain as drawn before', () => {
    // the emotions lane: rows of 130 from 2300; a plain sticky centred in the top row is +2
    const note = sticky('n', { cx: 900, cy: 2365 }, 'Excited', { parentId: 'f', width: 80 });
    const plainMarks = items(false).map((item) =>
      item.kind === 'text' && /^\S+ ([+−]\d|0)$/u.test(item.text)
        ? { ...item, text: item.text.replace(/^\S+ /u, '').replace('−', '-') }
        : item,
    );
    for (const board of [items(false), plainMarks]) {
      const [map] = readback(buildSnapshot([...board, note])).maps;
      expect(map?.notes.map((n) => [n.laneId, n.emotion])).toEqual([['lane-4', 2]]);
    }
  });
});
