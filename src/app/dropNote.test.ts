import { describe, expect, it } from 'vitest';
import { layoutMap } from '../core/layout/layoutMap.ts';
import { readback } from '../core/readback/readback.ts';
import { buildSnapshot } from '../core/snapshot/buildSnapshot.ts';
import { FakeBoard } from '../test/fakeBoard.ts';
import { legendMap } from '../test/legendMap.ts';
import { sampleDraft, sampleTemplate } from '../test/sampleTemplate.ts';
import { snapshotOfMaps } from '../test/snapshotOfMaps.ts';
import { dropNote, noteChipAttributes, noteChipOf, type DropTarget } from './dropNote.ts';
import { mapAreas } from './mapAreas.ts';

const plan = layoutMap(sampleTemplate, sampleDraft());

function target(): DropTarget {
  const snapshot = snapshotOfMaps([{ frameId: 'f1', plan, at: { x: 1000, y: -500 } }]);
  const [map] = readback(snapshot).maps;
  if (!map) throw new Error('no map read');
  return { map, frame: mapAreas(map, snapshot).frame };
}

/** What the board hands back for a chip: its `data-*` attributes as a dataset. */
function chipDrop(laneId: string, point: { x: number; y: number }, mapId = 'f1') {
  const attributes = noteChipAttributes({ mapId, laneId });
  expect(attributes).toEqual({ 'data-map-id': mapId, 'data-lane-id': laneId });
  return { point, data: { mapId, laneId } };
}

// The purchase × pain points cell: x 2880–3560, y 1930–2450 (see mapAreas.test.ts).
describe('dropNote', () => {
  it('puts an empty note of the lane’s colour at the drop point, the size of the cell’s slots', async () => {
    const board = new FakeBoard();
    const dropped = await dropNote(board, target(), chipDrop('painPoints', { x: 3100, y: 2100 }));
    expect(dropped?.cell?.stage.id).toBe('purchase');
    expect(dropped?.cell?.lane.id).toBe('painPoints');
    expect(board.addedNotes).toEqual([
      [
        {
          text: '',
          color: 'red',
          rect: { x: 3100 - 199 / 2, y: 2100 - 114, width: 199, height: 228 },
          frameId: 'f1',
        },
      ],
    ]);
  });

  it('[R31] on a legend map, drops a note of the chip lane’s legend colour into that lane', async () => {
    const snapshot = buildSnapshot(
      legendMap({
        frameId: 'f',
        stages: ['Discover', 'Buy'],
        entries: [
          { color: 'yellow', name: 'Actions' },
          { color: 'violet', name: 'Pain points' },
        ],
        legend: 'column',
      }),
    );
    const [map] = readback(snapshot).maps;
    if (!map) throw new Error('no map read');
    const board = new FakeBoard();
    const drop = chipDrop('lane-2', { x: 1300, y: 900 }, 'f');
    const dropped = await dropNote(board, { map, frame: null }, drop);
    expect(dropped?.cell?.stage.id).toBe('stage-2');
    expect(dropped?.cell?.lane.id).toBe('lane-2');
    expect(board.addedNotes[0]?.[0]?.color).toBe('violet');
  });

  it('keeps a note dropped near a border inside the cell that holds the point', async () => {
    const board = new FakeBoard();
    await dropNote(board, target(), chipDrop('painPoints', { x: 2890, y: 2440 }));
    const [note] = board.addedNotes[0] ?? [];
    expect(note?.rect).toMatchObject({ x: 2880, y: 2450 - 228 });
  });

  it('colours the note as its chip even in another lane’s cell, which holds it', async () => {
    const board = new FakeBoard();
    const dropped = await dropNote(board, target(), chipDrop('painPoints', { x: 3100, y: 1500 }));
    expect(dropped?.cell?.lane.id).not.toBe('painPoints');
    expect(board.addedNotes[0]?.[0]?.color).toBe('red');
  });

  it('outside every cell (here among the lane labels), puts a default note at the point', async () => {
    const board = new FakeBoard();
    const dropped = await dropNote(board, target(), chipDrop('actions', { x: 1200, y: 100 }));
    expect(dropped).toMatchObject({ cell: null, lane: { id: 'actions' } });
    expect(board.addedNotes[0]?.[0]).toMatchObject({
      color: 'light_yellow',
      rect: { x: 1200 - 199 / 2, y: 100 - 114 },
      frameId: 'f1',
    });
  });

  it('keeps a note dropped off the map inside its frame, as every added note belongs to one', async () => {
    const board = new FakeBoard();
    await dropNote(board, target(), chipDrop('actions', { x: 0, y: 0 }));
    expect(board.addedNotes[0]?.[0]?.rect).toMatchObject({ x: 1000, y: 0 - 114 });
  });

  it('ignores drops of another map’s chips, of lanes it has not, and of anything else', async () => {
    const board = new FakeBoard();
    const point = { x: 3100, y: 2100 };
    expect(await dropNote(board, target(), chipDrop('painPoints', point, 'f2'))).toBeUndefined();
    expect(await dropNote(board, target(), chipDrop('gone', point))).toBeUndefined();
    expect(await dropNote(board, target(), { point, data: {} })).toBeUndefined();
    expect(noteChipOf({ point, data: { laneId: 'actions' } })).toBeUndefined();
    expect(board.addedNotes).toEqual([]);
  });

  it('passes on the board’s failure to add the note', async () => {
    const board = new FakeBoard();
    board.failWith(new Error('rate limited'));
    await expect(
      dropNote(board, target(), chipDrop('painPoints', { x: 3100, y: 2100 })),
    ).rejects.toThrow('rate limited');
  });
});
