import { describe, expect, it } from 'vitest';
import { layoutMap } from '../core/layout/layoutMap.ts';
import { FakeBoard } from '../test/fakeBoard.ts';
import { sampleDraft, sampleTemplate } from '../test/sampleTemplate.ts';
import { snapshotOfMaps } from '../test/snapshotOfMaps.ts';
import { readMaps } from './readMaps.ts';

const plan = layoutMap(sampleTemplate, sampleDraft());

function boardWithTwoMaps(): FakeBoard {
  const board = new FakeBoard();
  board.snapshot = snapshotOfMaps([
    { frameId: 'f1', plan, notes: [{ stageId: 'purchase', laneId: 'painPoints', text: 'Slow' }] },
    { frameId: 'f2', plan, at: { x: 0, y: 5000 } },
  ]);
  return board;
}

describe('readMaps', () => {
  it('reads every map on the board with where its cells are', async () => {
    const result = await readMaps(boardWithTwoMaps());
    expect(result.maps.map((map) => [map.id, map.notes.map((note) => note.text)])).toEqual([
      ['f1', ['Slow']],
      ['f2', []],
    ]);
    expect(result.areas['f2']?.frame).toEqual({ x: 0, y: 5000, width: 4000, height: 3030 });
    expect(result.warnings).toEqual([]);
    expect(result.selectionApplied).toBe(false);
  });

  it('keeps the maps of the selected frames when asked to', async () => {
    const board = boardWithTwoMaps();
    board.selection = ['f2', 'elsewhere'];
    const result = await readMaps(board, { selectionOnly: true });
    expect(result.maps.map((map) => map.id)).toEqual(['f2']);
    expect(Object.keys(result.areas)).toEqual(['f2']);
    expect(result.selectionApplied).toBe(true);
  });

  it('keeps every map when no map is selected', async () => {
    const board = boardWithTwoMaps();
    board.selection = ['elsewhere'];
    const result = await readMaps(board, { selectionOnly: true });
    expect(result.maps.map((map) => map.id)).toEqual(['f1', 'f2']);
    expect(result.selectionApplied).toBe(false);
  });

  it('ignores the selection unless asked to', async () => {
    const board = boardWithTwoMaps();
    board.selection = ['f2'];
    expect((await readMaps(board)).maps).toHaveLength(2);
  });
});
