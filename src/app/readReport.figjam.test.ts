import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFigmaFile } from '../board/figjam/rest/figmaFileToSnapshot.ts';
import { reportOfSnapshot } from './readReport.ts';

/** A FigJam file over the CLI's path: the REST reader, then the report of its snapshot. */
function snapshotOf(name: string) {
  const json: unknown = JSON.parse(
    readFileSync(new URL(`../test/fixtures/figjam/${name}`, import.meta.url), 'utf8'),
  );
  const parsed = parseFigmaFile(json);
  if (!parsed.ok) throw parsed.error;
  return parsed.value.snapshot;
}

describe('reportOfSnapshot of a FigJam file', () => {
  it('reads a hand-made FigJam map: notes in their stage and lane, emotions scored', () => {
    const snapshot = snapshotOf('hand-made-map.json');
    const { report } = reportOfSnapshot(snapshot, { warnings: [], now: '2026-12-01T00:00:00Z' });
    const [mapReport] = report.maps;
    const map = mapReport?.map;
    expect(map?.title).toBe('Online shop journey');
    expect(map?.stages.map((stage) => stage.name)).toEqual([
      'Awareness',
      'Consideration',
      'Purchase',
    ]);
    expect(map?.lanes.map((lane) => [lane.name, lane.kind])).toEqual([
      ['Actions', 'actions'],
      ['Pain points', 'painPoints'],
      ['Emotions', 'emotions'],
      ['Opportunities', 'opportunities'],
    ]);
    const stageName = new Map(map?.stages.map((stage) => [stage.id, stage.name]));
    const laneName = new Map(map?.lanes.map((lane) => [lane.id, lane.name]));
    const placed = map?.notes.map((note) => [
      note.text,
      stageName.get(note.stageId),
      laneName.get(note.laneId),
      note.emotion,
      note.color,
    ]);
    expect(placed).toEqual(
      expect.arrayContaining([
        ['Sees an ad on Instagram', 'Awareness', 'Actions', null, 'light_yellow'],
        ['Compares prices on three sites', 'Consideration', 'Actions', null, 'light_yellow'],
        ['Checkout asks for an account', 'Purchase', 'Pain points', null, 'red'],
        ['😀 curious', 'Awareness', 'Emotions', 2, 'light_yellow'],
        ['😡 hidden fees', 'Purchase', 'Emotions', -2, 'red'],
        ['Guest checkout', 'Purchase', 'Opportunities', null, 'light_green'],
      ]),
    );
    expect(map?.notes).toHaveLength(6);
    // 😀 → +2 in Awareness, 😡 → −2 in Purchase, Consideration unscored
    expect(mapReport?.curve.map((point) => point.score)).toEqual([2, null, -2]);
    expect(map?.unplaced).toEqual([]);
  });
});
