import { describe, expect, it } from 'vitest';
import { buildDraft, buildTemplate } from '../../test/buildTemplate.ts';
import { handGrid, planToRawItems, sticky } from '../../test/snapshotBuilders.ts';
import { layoutMap } from '../layout/layoutMap.ts';
import type { RawSnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { buildSnapshot } from '../snapshot/buildSnapshot.ts';
import { labelParts } from './labelItems.ts';
import { readback } from './readback.ts';

function read(items: RawSnapshotItem[]) {
  return readback(buildSnapshot(items));
}

// Frame (0, 0); stage labels from x 420 every 600 at y 200–280, lane labels x 40–340 from y 320
// every 400, so rows meet at 700 and 1100 (see readback.inferred.test.ts).
const questions = handGrid({
  frameId: 'f',
  at: { x: 0, y: 0 },
  stages: ['Discover\nWeeks 1–2', 'Buy'],
  lanes: ['Actions\nWhat does the customer do?', 'Gefühle\nWie fühlt sich\n der Kunde?', 'Ideas'],
});

describe('labels with a question under the name', () => {
  it('[R25] splits a label into its first line and the lines under it', () => {
    expect(labelParts('  Actions \n What does the\ncustomer do? ')).toEqual({
      name: 'Actions',
      description: 'What does the customer do?',
    });
    expect(labelParts('\nPain points\n\n')).toEqual({ name: 'Pain points' });
    expect(labelParts('Ideas\n' + 'x'.repeat(500)).description).toHaveLength(400);
  });

  it('[R25] names an inferred lane by its first line, describes it by the rest, kind by the name', () => {
    const [map] = read(questions).maps;
    expect(map?.lanes).toEqual([
      {
        id: 'lane-1',
        name: 'Actions',
        kind: 'actions',
        description: 'What does the customer do?',
      },
      { id: 'lane-2', name: 'Gefühle', kind: 'emotions', description: 'Wie fühlt sich der Kunde?' },
      { id: 'lane-3', name: 'Ideas', kind: 'opportunities' },
    ]);
  });

  it('[R25] names an inferred stage by its first line', () => {
    const [map] = read(questions).maps;
    expect(map?.stages).toEqual([
      { id: 'stage-1', name: 'Discover' },
      { id: 'stage-2', name: 'Buy' },
    ]);
  });

  it('[R25] places notes in lanes whose labels carry a question', () => {
    // (700, 900): column 1 (380–1000), row 2 (700–1100)
    const [map] = read([
      ...questions,
      sticky('n', { cx: 700, cy: 900 }, 'Nervous', { parentId: 'f' }),
    ]).maps;
    expect(map?.notes.map((note) => [note.stageId, note.laneId])).toEqual([['stage-1', 'lane-2']]);
  });

  it('[R25] reads a recorded label with a line added under it as name and description', () => {
    const template = buildTemplate({});
    const items = planToRawItems(layoutMap(template, buildDraft(template)), 'f', { x: 0, y: 0 });
    const edited = items.map((item) =>
      item.text === 'Pain points'
        ? { ...item, text: 'Hurdles\nWhere does it go wrong?' }
        : item.text === 'Awareness'
          ? { ...item, text: 'Awareness\nFirst contact' }
          : item,
    );
    const [map] = read(edited).maps;
    expect(map?.structure).toBe('app');
    expect(map?.stages[0]).toEqual({ id: 'awareness', name: 'Awareness' });
    expect(map?.lanes[4]).toEqual({
      id: 'pains',
      name: 'Hurdles',
      kind: 'painPoints',
      description: 'Where does it go wrong?',
    });
    expect(map?.lanes[0]).toEqual({ id: 'actions', name: 'Actions', kind: 'actions' });
  });
});
