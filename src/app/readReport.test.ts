import { describe, expect, it } from 'vitest';
import { layoutMap } from '../core/layout/layoutMap.ts';
import { boardWith } from '../test/fakeBoard.ts';
import { sampleDraft, sampleTemplate } from '../test/sampleTemplate.ts';
import { frameWithLabelsAndNoGrid, snapshotOfMaps } from '../test/snapshotOfMaps.ts';
import { readReport, reportOfSnapshot } from './readReport.ts';

const NOW = '2026-12-01T00:00:00.000Z';
const snapshot = snapshotOfMaps([
  {
    frameId: 'f1',
    plan: layoutMap(sampleTemplate, sampleDraft()),
    notes: [{ stageId: 'purchase', laneId: 'painPoints', text: 'Slow' }],
  },
  {
    frameId: 'f2',
    plan: layoutMap(sampleTemplate, sampleDraft({ title: 'Returns journey' })),
    at: { x: 0, y: 5000 },
  },
]);

describe('readReport', () => {
  it('reports the maps it read from the board, made at the given time', async () => {
    const { reading, report } = await readReport(boardWith(snapshot), { now: NOW });
    expect(reading.maps.map((map) => map.id)).toEqual(['f1', 'f2']);
    expect(report.generatedAt).toBe(NOW);
    expect(report.maps.map((mapReport) => mapReport.map.id)).toEqual(['f1', 'f2']);
  });

  it('carries the authors’ names the board offers to the report, and none from a board file', async () => {
    const board = boardWith(snapshot);
    board.authorNames = { '3074457350000000001': 'Ana Costa' };
    const { reading, report } = await readReport(board, { now: NOW });
    expect([reading.authorNames, report.authorNames]).toEqual([
      { '3074457350000000001': 'Ana Costa' },
      { '3074457350000000001': 'Ana Costa' },
    ]);
    expect(reportOfSnapshot(snapshot, { now: NOW }).report.authorNames).toBeUndefined();
  });

  it('reports only the maps of the selected frames when asked to', async () => {
    const board = boardWith(snapshot);
    board.selection = ['f2'];
    const { report } = await readReport(board, { selectionOnly: true, now: NOW });
    expect(report.maps.map((mapReport) => mapReport.map.title)).toEqual(['Returns journey']);
  });
});

describe('reportOfSnapshot', () => {
  it('reports the map the choice names', () => {
    const { reading, report } = reportOfSnapshot(snapshot, {
      choice: { idOrTitle: 'returns JOURNEY' },
      now: NOW,
    });
    expect(reading.selectionApplied).toBe(true);
    expect(report.maps.map((mapReport) => mapReport.map.id)).toEqual(['f2']);
  });

  it('reports every map, and says so, when the choice names none', () => {
    const { reading, report } = reportOfSnapshot(snapshot, {
      choice: { idOrTitle: 'Onboarding' },
      now: NOW,
    });
    expect(reading.selectionApplied).toBe(false);
    expect(report.maps).toHaveLength(2);
  });

  it('lists the warnings of taking the snapshot before those of readback', () => {
    const unreadable = frameWithLabelsAndNoGrid();
    const { report } = reportOfSnapshot(unreadable, {
      warnings: ['a value read as a default'],
      now: NOW,
    });
    expect(report.warnings).toHaveLength(2);
    expect(report.warnings[0]).toBe('a value read as a default');
    expect(report.warnings[1]).toMatch(/^Frame "Ideas" has labels like a journey map/);
  });
});
