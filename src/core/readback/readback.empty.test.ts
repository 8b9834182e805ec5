import { describe, expect, it } from 'vitest';
import { card, handGrid, sticky } from '../../test/snapshotBuilders.ts';
import { buildReport } from '../report/buildReport.ts';
import { renderMarkdown } from '../report/render/renderMarkdown.ts';
import { buildSnapshot } from '../snapshot/buildSnapshot.ts';
import { readback } from './readback.ts';

// Columns meet at 1000 and 1600, rows at 700 and 1100 (see readback.notes.test.ts).
const grid = handGrid({
  frameId: 'f',
  at: { x: 0, y: 0 },
  stages: ['Discover', 'Buy', 'Use'],
  lanes: ['Doing', 'Feelings', 'Pains'],
});

const withEmpties = [
  ...grid,
  sticky('said', { cx: 600, cy: 500 }, 'Compares prices'),
  sticky('blank', { cx: 1300, cy: 1300 }, '  \n '),
  sticky('blank-outside', { cx: 600, cy: 1550 }, ''),
  card('blank-card', { x: 1700, y: 800, width: 320, height: 120 }, '\n'),
];

describe('readback: empty notes (R22)', () => {
  it('[R22] reads neither an empty sticky nor an empty card as a note or as unplaced', () => {
    const [map] = readback(buildSnapshot(withEmpties)).maps;
    expect(map?.notes.map((note) => note.id)).toEqual(['said']);
    expect(map?.unplaced).toEqual([]);
  });

  it('[R22] says in one warning how many empty notes a map left out', () => {
    expect(readback(buildSnapshot(withEmpties)).warnings).toEqual([
      'Map "f": 3 empty sticky notes or cards were left out; an empty note is not a note.',
    ]);
  });

  it('[R22] has no warning when no note is empty', () => {
    expect(readback(buildSnapshot(withEmpties.slice(0, -3))).warnings).toEqual([]);
  });

  it('[R22] keeps empty notes out of the report and says so in it', () => {
    const report = buildReport(readback(buildSnapshot(withEmpties)), {
      now: '2026-01-01T00:00:00Z',
    });
    expect(report.maps[0]?.map.notes).toHaveLength(1);
    expect(renderMarkdown(report)).toContain('3 empty sticky notes or cards were left out');
  });
});
