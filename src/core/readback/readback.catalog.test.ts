import { describe, expect, it } from 'vitest';
import { planToRawItems } from '../../test/snapshotBuilders.ts';
import { catalog } from '../catalog/catalog.ts';
import { draftFromTemplate } from '../catalog/draftFromTemplate.ts';
import { layoutMap } from '../layout/layoutMap.ts';
import type { JourneyMap } from '../model/journey.schema.ts';
import { buildSnapshot } from '../snapshot/buildSnapshot.ts';
import { readback } from './readback.ts';

const OFFSET = { x: -3000, y: 1500 };

function readTemplate(id: string, withRecord: boolean): JourneyMap | undefined {
  const template = catalog.find((t) => t.id === id);
  if (!template) throw new Error(`no template ${id}`);
  const plan = layoutMap(template, draftFromTemplate(template));
  const items = planToRawItems(plan, 'f1', OFFSET).map((item) =>
    withRecord ? item : { ...item, record: null },
  );
  const result = readback(buildSnapshot(items));
  expect(result.warnings).toEqual([]);
  return result.maps[0];
}

/** A note's cell as stage and lane positions, so two readbacks with different ids compare. */
function cells(map: JourneyMap | undefined) {
  const stageIndex = new Map(map?.stages.map((stage, index) => [stage.id, index]));
  const laneIndex = new Map(map?.lanes.map((lane, index) => [lane.id, index]));
  return map?.notes.map((note) => [
    note.id,
    stageIndex.get(note.stageId),
    laneIndex.get(note.laneId),
    note.emotion,
  ]);
}

describe('readback of the app’s own maps', () => {
  it('[R19] reads the current-state template with its record', () => {
    const map = readTemplate('current-state', true);
    expect(map?.structure).toBe('app');
    expect(map?.title).toBe('Current-state journey map');
    expect(map?.stages.map((stage) => stage.name)).toEqual([
      'Awareness',
      'Consideration',
      'Purchase',
      'Onboarding',
      'Usage',
      'Loyalty',
    ]);
    expect(map?.lanes.map((lane) => [lane.name, lane.kind])).toEqual([
      ['Actions', 'actions'],
      ['Touchpoints', 'touchpoints'],
      ['Thoughts', 'thoughts'],
      ['Emotions', 'emotions'],
      ['Pain points', 'painPoints'],
      ['Opportunities', 'opportunities'],
    ]);
    expect(map?.notes).toEqual([]);
    expect(map?.unplaced).toEqual([]);
  });

  it('[R19] infers the current-state template without its record', () => {
    const map = readTemplate('current-state', false);
    expect(map?.structure).toBe('inferred');
    expect(map?.stages.map((stage) => stage.id)).toEqual([
      'stage-1',
      'stage-2',
      'stage-3',
      'stage-4',
      'stage-5',
      'stage-6',
    ]);
    expect(map?.lanes.map((lane) => [lane.id, lane.name, lane.kind])).toEqual([
      ['lane-1', 'Actions', 'actions'],
      ['lane-2', 'Touchpoints', 'touchpoints'],
      ['lane-3', 'Thoughts', 'thoughts'],
      ['lane-4', 'Emotions', 'emotions'],
      ['lane-5', 'Pain points', 'painPoints'],
      ['lane-6', 'Opportunities', 'opportunities'],
    ]);
  });

  it.each(catalog.map((template) => template.id))(
    '[R19] reads %s the same with and without its record',
    (id) => {
      const app = readTemplate(id, true);
      const inferred = readTemplate(id, false);
      const template = catalog.find((t) => t.id === id);
      expect(app?.structure).toBe('app');
      expect(inferred?.structure).toBe('inferred');
      expect(app?.stages.map((s) => s.name)).toEqual(template?.stages.map((s) => s.name));
      expect(inferred?.stages.map((s) => s.name)).toEqual(template?.stages.map((s) => s.name));
      expect(app?.lanes.map((l) => [l.name, l.kind])).toEqual(
        template?.lanes.map((l) => [l.name, l.kind]),
      );
      expect(inferred?.lanes.map((l) => [l.name, l.kind])).toEqual(
        template?.lanes.map((l) => [l.name, l.kind]),
      );
      expect(app?.notes).toHaveLength(template?.samples.length ?? -1);
      expect(cells(inferred)).toEqual(cells(app));
      expect(inferred?.unplaced).toEqual([]);
      expect(app?.unplaced).toEqual([]);
      expect(inferred?.persona).toEqual(app?.persona);
    },
  );

  it('[R19] puts every sample of a worked example in its own stage and lane, with its emotion', () => {
    const template = catalog.find((t) => t.id === 'example-online-grocery');
    const map = readTemplate('example-online-grocery', true);
    const byText = new Map(map?.notes.map((note) => [note.text, note]));
    for (const sample of template?.samples ?? []) {
      const note = byText.get(sample.text);
      expect([note?.stageId, note?.laneId]).toEqual([sample.stage, sample.lane]);
      if (sample.emotion !== undefined) expect(note?.emotion).toBe(sample.emotion);
    }
  });
});
