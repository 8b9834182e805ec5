import { describe, expect, it } from 'vitest';
import { buildDraft, buildTemplate } from '../../test/buildTemplate.ts';
import {
  handGrid,
  planToRawItems,
  rawItem,
  shapeLabel,
  sticky,
  textItem,
} from '../../test/snapshotBuilders.ts';
import { layoutMap } from '../layout/layoutMap.ts';
import type { RawSnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { buildSnapshot } from '../snapshot/buildSnapshot.ts';
import { BLUEPRINT_LINES, isBlueprintLine } from './blueprintLines.ts';
import { isStageRowHeader } from './laneKindOf.ts';
import { LABEL_LANGUAGES, LANE_SYNONYMS } from './laneVocabulary.ts';
import { normalizeLabel } from './normalizeLabel.ts';
import { readback } from './readback.ts';

function read(items: RawSnapshotItem[]) {
  return readback(buildSnapshot(items));
}

const laneSynonyms = new Set(
  Object.values(LANE_SYNONYMS).flatMap((byLanguage) =>
    Object.values(byLanguage).flat().map(normalizeLabel),
  ),
);

const lanesOf = (items: RawSnapshotItem[]) =>
  read(items).maps[0]?.lanes.map((lane) => [lane.name, lane.kind]);

// Frame (0, 0) 2300 × 1600; stage labels from x 420 every 600, lane labels x 40–340 at y 320–680,
// 720–1080, 1120–1480, so rows meet halfway between labels, at 700 and 1100.
const blueprint = handGrid({
  frameId: 'f',
  at: { x: 0, y: 0 },
  stages: ['Book', 'Arrive', 'Pay'],
  lanes: ['Customer actions', 'Frontstage', 'Backstage'],
});

describe('service blueprint lines', () => {
  it.each([
    'Line of interaction',
    'LINE OF VISIBILITY',
    'Line of internal interaction',
    'Line of customer interaction',
    'visibility line',
    'Line of support',
    'Line of implementation',
    'Line of order penetration',
    'Sichtbarkeitslinie',
    'Interaktionslinie',
    'Ligne de visibilité',
    'Línea de visibilidad',
    'Linha de interação',
    'Zichtbaarheidslijn',
    'Linea di visibilità',
  ])('[R26] knows "%s" as a blueprint line', (text) => {
    expect(isBlueprintLine(text)).toBe(true);
  });

  it('[R26] does not take lanes and notes for blueprint lines', () => {
    expect(['Support', 'Support line', 'Interactions', 'Visibility'].map(isBlueprintLine)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('[R26] never reads a blueprint line in the column of lane labels as a lane', () => {
    const grid = handGrid({
      frameId: 'f',
      at: { x: 0, y: 0 },
      stages: ['Book', 'Pay'],
      lanes: [
        'Customer actions',
        'Line of interaction',
        'Frontstage',
        'Line of visibility',
        'Backstage',
      ],
      heights: [400, 120, 400, 120, 400],
    });
    expect(lanesOf(grid)).toEqual([
      ['Customer actions', 'actions'],
      ['Frontstage', 'frontstage'],
      ['Backstage', 'backstage'],
    ]);
  });

  it('[R26] never reads a blueprint line in the row of stage labels as a stage', () => {
    const grid = handGrid({
      frameId: 'f',
      at: { x: 0, y: 0 },
      stages: ['Book', 'Line of visibility', 'Pay'],
      lanes: ['Actions', 'Backstage'],
    });
    expect(read(grid).maps[0]?.stages.map((stage) => stage.name)).toEqual(['Book', 'Pay']);
  });

  it('[R26] puts the boundary between two lanes at the centre of the line between them', () => {
    // a line across the map at y 1040–1080, centre 1060, between the labels' centres 900 and
    // 1300: the rows meet at 1060, not halfway (1100); a note at 1080 is backstage
    const line = shapeLabel(
      'line',
      { x: 40, y: 1040, width: 2000, height: 40 },
      'Line of visibility',
      {
        parentId: 'f',
      },
    );
    const note = sticky('n', { cx: 700, cy: 1080 }, 'Checks the booking', {
      parentId: 'f',
      width: 100,
      height: 30,
    });
    const [map] = read([...blueprint, line, note]).maps;
    expect(map?.grid.rows).toEqual([
      [300, 400],
      [700, 360],
      [1060, 440], // the last row ends 20 below its label, as the grid ends at its labels (R12)
    ]);
    expect(map?.notes.map((n) => n.laneId)).toEqual(['lane-3']);
  });

  it('[R26] ignores a line that lies between no two lane labels', () => {
    // centre 1550, below the last lane label's centre (1300): the rows stay as R12 makes them
    const line = textItem('line', { x: 40, y: 1530, width: 300, height: 40 }, 'Line of support', {
      parentId: 'f',
    });
    const [map] = read([...blueprint, line]).maps;
    expect(map?.grid.rows).toEqual([
      [300, 400],
      [700, 400],
      [1100, 400],
    ]);
  });

  it.each(LABEL_LANGUAGES)(
    '[R26] has blueprint lines in %s, none a lane or stage row label',
    (language) => {
      const lines = BLUEPRINT_LINES[language];
      expect(lines.length).toBeGreaterThan(0);
      expect(
        lines.filter((line) => laneSynonyms.has(normalizeLabel(line)) || isStageRowHeader(line)),
      ).toEqual([]);
    },
  );

  it('[R26] reads a sticky saying "Line of visibility" as a divider label, not a note', () => {
    const line = sticky('line', { cx: 190, cy: 1060 }, 'Line of visibility', {
      parentId: 'f',
      width: 300,
      height: 40,
    });
    // the dashed rule drawn beside it is an empty shape, the arrow a connector: neither counts
    const rule = rawItem('rule', 'shape', { x: 380, y: 1058, width: 1900, height: 4 }, '', {
      parentId: 'f',
    });
    const arrow = rawItem('arrow', 'other', { x: 340, y: 1050, width: 40, height: 20 }, '', {
      parentId: 'f',
    });
    const [map] = read([...blueprint, line, rule, arrow]).maps;
    expect([map?.notes, map?.unplaced]).toEqual([[], []]);
    expect(map?.grid.rows[2]).toEqual([1060, 440]);
  });

  it('[R26] keeps a blueprint line added to a recorded map out of its lanes, as a boundary', () => {
    // the test map: lane labels 88–512 in rows of 520 from 740 (centres 1000, 1520, 2040); a line
    // text at 1600–1640 (centre 1620) moves the second boundary from 1780 to 1620
    const template = buildTemplate({});
    const items = [
      ...planToRawItems(layoutMap(template, buildDraft(template)), 'f', { x: 0, y: 0 }),
      textItem('line', { x: 88, y: 1600, width: 300, height: 40 }, 'Line of visibility', {
        parentId: 'f',
      }),
      sticky('n', { cx: 1200, cy: 1680 }, 'Wonders about fees', {
        parentId: 'f',
        width: 100,
        height: 30,
      }),
    ];
    const [map] = read(items).maps;
    expect(map?.structure).toBe('app');
    expect(map?.lanes).toHaveLength(6);
    expect(map?.grid.rows[1]).toEqual([1260, 360]);
    expect(map?.notes.map((n) => n.laneId)).toEqual(['thoughts']);
  });
});
