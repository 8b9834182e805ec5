import { describe, expect, it } from 'vitest';
import { findTemplate } from '../../core/catalog/catalog.ts';
import { draftFromTemplate } from '../../core/catalog/draftFromTemplate.ts';
import { layoutMap } from '../../core/layout/layoutMap.ts';
import { readback } from '../../core/readback/readback.ts';
import { buildReport } from '../../core/report/buildReport.ts';
import { layoutSummary } from '../../core/report/layoutSummary.ts';
import { failMethod } from '../emulator/faults.ts';
import { MiroEmulator } from '../emulator/MiroEmulator.ts';
import { BoardError } from '../port.ts';
import { MiroBoard } from './MiroBoard.ts';

const noWait = { delays: [0, 0, 0, 0, 0], sleep: async () => {} };

/** A board with the grocery example and its summary beside it. */
async function boardWithSummary(removeFrameTakesChildren: boolean) {
  const template = findTemplate('example-online-grocery');
  if (!template) throw new Error('no template example-online-grocery');
  const emulator = new MiroEmulator({ removeFrameTakesChildren });
  const board = new MiroBoard(emulator, { retry: noWait });
  const map = await board.apply(layoutMap(template, draftFromTemplate(template)));
  const report = buildReport(readback((await board.readSnapshot()).snapshot), {
    now: '2025-01-01T00:00:00.000Z',
  });
  const mapReport = report.maps[0];
  if (!mapReport) throw new Error('the sample map was not read back');
  const summary = await board.addSummary(layoutSummary(mapReport, report.generatedAt), {
    frameId: map.frameId,
  });
  return { emulator, board, mapFrameId: map.frameId, summaryId: summary.frameId };
}

describe.each([false, true])(
  'MiroBoard.removeSummary (frame removal takes children: %s)',
  (takes) => {
    it('removes the summary frame, what the app drew in it and its connectors; the map stays', async () => {
      const { emulator, board, mapFrameId, summaryId } = await boardWithSummary(takes);
      const mapItems = emulator
        .items()
        .filter((item) => item.id === mapFrameId || item.parentId === mapFrameId);
      await board.removeSummary(summaryId);
      expect(emulator.items()).toEqual(mapItems);
      expect(emulator.connectors()).toEqual([]);
    });

    it('keeps a note a person put on the summary, out of the frame', async () => {
      const { emulator, board, summaryId } = await boardWithSummary(takes);
      const frame = emulator.items().find((item) => item.id === summaryId);
      if (frame?.type !== 'frame') throw new Error('no summary frame');
      const note = emulator.user.addStickyNote({
        x: frame.boardX,
        y: frame.boardY,
        content: '<p>Ask Ana</p>',
      });
      await board.removeSummary(summaryId);
      expect(emulator.items().find((item) => item.id === note)).toMatchObject({
        parentId: null,
        boardX: frame.boardX,
        boardY: frame.boardY,
      });
    });
  },
);

describe('MiroBoard.removeSummary', () => {
  it('does nothing when the frame is gone already', async () => {
    const { emulator, board } = await boardWithSummary(false);
    const before = emulator.snapshot();
    await board.removeSummary('404');
    expect(emulator.snapshot()).toEqual(before);
  });

  it('says what is left when a removal fails', async () => {
    const { emulator, board, summaryId } = await boardWithSummary(false);
    emulator.faults = failMethod('board.remove', { times: 1, error: new Error('Offline') });
    const error = await board.removeSummary(summaryId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoardError);
    expect((error as BoardError).message).toBe(
      'The earlier summary could not be removed (Offline). Part of it may be left on the board: please delete what is left of it by hand.',
    );
  });
});
