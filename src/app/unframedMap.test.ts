import { describe, expect, it } from 'vitest';
import { MiroEmulator } from '../board/emulator/MiroEmulator.ts';
import { MiroBoard } from '../board/miro/MiroBoard.ts';
import { addSummary } from './addSummary.ts';
import { addToCell } from './addToCell.ts';
import { dropNote } from './dropNote.ts';
import { makeReport } from './makeReport.ts';
import { mapsInSnapshot, readMaps } from './readMaps.ts';

const NOW = '2026-12-01T00:00:00.000Z';

/**
 * A map drawn by hand on the open canvas, no frame: a title, stage shapes 500 × 80 centred at
 * x 750, 1350 (y 240) and lane shapes 300 × 300 centred at y 500, 900 (x 190). The grid starts
 * at x (340 + 500) / 2 = 420 and y (280 + 350) / 2 = 315; columns meet at 1050, rows at 700.
 */
async function canvasBoard() {
  const emulator = new MiroEmulator();
  const sdk = emulator.board;
  await sdk.createText({
    content: '<p>Checkout journey</p>',
    x: 900,
    y: 80,
    width: 1200,
    style: { fontSize: 72 },
  });
  for (const [name, x] of [
    ['Browse', 750],
    ['Pay', 1350],
  ] as const)
    await sdk.createShape({
      content: `<p>${name}</p>`,
      x,
      y: 240,
      width: 500,
      height: 80,
      style: { fontSize: 24 },
    });
  for (const [name, y] of [
    ['Doing', 500],
    ['Pains', 900],
  ] as const)
    await sdk.createShape({
      content: `<p>${name}</p>`,
      x: 190,
      y,
      width: 300,
      height: 300,
      style: { fontSize: 24 },
    });
  emulator.user.addStickyNote({ x: 1300, y: 900, content: '<p>Card declined</p>' });
  const board = new MiroBoard(emulator, { retry: { delays: [], sleep: async () => {} } });
  return { emulator, board };
}

describe('a map drawn on the open canvas, in the panel and the CLI', () => {
  it('[R33] is read, with no frame area and with its cells', async () => {
    const { board } = await canvasBoard();
    const { maps, areas } = await readMaps(board);
    const [map] = maps;
    expect(map?.title).toBe('Checkout journey');
    expect(map?.notes.map((note) => [note.text, note.stageId, note.laneId])).toEqual([
      ['Card declined', 'stage-2', 'lane-2'],
    ]);
    const mapAreas = areas[map?.id ?? ''];
    expect(mapAreas?.frame).toBeNull();
    // the first cell runs from the grid's corner (420, 315) to where columns and rows meet
    expect(mapAreas?.cells['stage-1']?.['lane-1']).toEqual({
      x: 420,
      y: 315,
      width: 630,
      height: 385,
    });
  });

  it('[R36] is chosen by its id or its title, as `--map` does', async () => {
    const { board } = await canvasBoard();
    const { snapshot } = await board.readSnapshot();
    const [map] = mapsInSnapshot(snapshot).maps;
    const byId = mapsInSnapshot(snapshot, { choice: { idOrTitle: map?.id ?? '' } });
    const byTitle = mapsInSnapshot(snapshot, { choice: { idOrTitle: 'checkout journey' } });
    expect([byId.selectionApplied, byTitle.selectionApplied]).toEqual([true, true]);
    expect(byTitle.maps.map((m) => m.id)).toEqual([map?.id]);
  });

  it('gets the workshop’s notes on the canvas, where readback finds them in their cell', async () => {
    const { emulator, board } = await canvasBoard();
    const [map] = (await readMaps(board)).maps;
    const mapId = map?.id ?? '';
    const { ids } = await addToCell(board, {
      mapId,
      stageId: 'stage-1',
      laneId: 'lane-1',
      text: 'Adds to basket',
      score: null,
    });
    const made = emulator.items().find((item) => item.id === ids[0]);
    expect(made?.parentId).toBeNull();
    const [again] = (await readMaps(board)).maps;
    expect(again?.notes.map((note) => [note.text, note.stageId, note.laneId])).toEqual([
      ['Adds to basket', 'stage-1', 'lane-1'],
      ['Card declined', 'stage-2', 'lane-2'],
    ]);
  });

  it('gets a dropped chip’s note on the canvas, in the cell it was dropped on', async () => {
    const { emulator, board } = await canvasBoard();
    const [map] = (await readMaps(board)).maps;
    if (!map) throw new Error('no map');
    // what the board hands back as the drop's data for a chip of noteChipAttributes
    const data = { mapId: map.id, laneId: 'lane-1' };
    const dropped = await dropNote(
      board,
      { map, frame: null },
      { point: { x: 1300, y: 500 }, data },
    );
    expect(dropped?.cell?.stage.id).toBe('stage-2');
    const notes = emulator.items().filter((item) => item.type === 'sticky_note');
    expect(notes.map((item) => item.parentId)).toEqual([null, null]);
    // the new note is empty, for the person to write, so the map counts it as an empty note (R22)
    const { warnings } = await readMaps(board);
    expect(warnings).toEqual([expect.stringContaining('Map "Checkout journey": 1 empty')]);
  });

  it('gets its summary in a frame right of its grid', async () => {
    const { emulator, board } = await canvasBoard();
    const reading = await readMaps(board);
    const report = makeReport(reading, NOW).maps[0];
    if (!report) throw new Error('no report');
    const { frameId } = await addSummary(board, report, NOW, { framed: false });
    const summary = emulator.items().find((item) => item.id === frameId);
    // the grid ends at the last stage label's right edge, 1600
    expect(summary && summary.x - summary.width / 2).toBeGreaterThan(1600);
  });
});
