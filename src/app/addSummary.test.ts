import { describe, expect, it } from 'vitest';
import { MiroEmulator } from '../board/emulator/MiroEmulator.ts';
import { MiroBoard } from '../board/miro/MiroBoard.ts';
import { layoutMap } from '../core/layout/layoutMap.ts';
import { readback } from '../core/readback/readback.ts';
import { buildReport } from '../core/report/buildReport.ts';
import { sampleDraft, sampleTemplate } from '../test/sampleTemplate.ts';
import { addSummary, earlierSummaries } from './addSummary.ts';

const NOW = '2025-01-01T00:00:00.000Z';

/** The sample map on an emulated board, and its report as read back. */
async function mapOnBoard() {
  const emulator = new MiroEmulator();
  const board = new MiroBoard(emulator, { retry: { delays: [], sleep: async () => {} } });
  const { frameId } = await board.apply(layoutMap(sampleTemplate, sampleDraft()));
  const report = buildReport(readback((await board.readSnapshot()).snapshot), { now: NOW }).maps[0];
  if (!report) throw new Error('the sample map was not read back');
  return { emulator, board, frameId, report };
}

const frameIds = (emulator: MiroEmulator) =>
  emulator.items().flatMap((item) => (item.type === 'frame' ? [item.id] : []));

describe('addSummary', () => {
  it('records on the summary’s title whose summary it is', async () => {
    const { board, frameId, report } = await mapOnBoard();
    const summary = await addSummary(board, report, NOW);
    const { snapshot } = await board.readSnapshot();
    const recorded = snapshot.items.filter((item) => item.record?.role === 'summary');
    expect(recorded.map((item) => [item.frameId, item.record])).toEqual([
      [summary.frameId, { v: 2, role: 'summary', map: recorded[0]?.id, of: frameId }],
    ]);
  });

  it('finds no earlier summary of a map that has none', async () => {
    const { board, frameId } = await mapOnBoard();
    expect(await earlierSummaries(board, frameId)).toEqual([]);
  });

  it('finds the summary drawn earlier for the map, and none for another map', async () => {
    const { board, frameId, report } = await mapOnBoard();
    const first = await addSummary(board, report, NOW);
    expect(await earlierSummaries(board, frameId)).toEqual([first.frameId]);
    expect(await earlierSummaries(board, 'another-map')).toEqual([]);
  });

  it('replaces the earlier summary: it is removed and the new one takes its place', async () => {
    const { emulator, board, frameId, report } = await mapOnBoard();
    const first = await addSummary(board, report, NOW);
    const before = emulator.items().find((item) => item.id === first.frameId);
    const second = await addSummary(board, report, NOW, { replacing: [first.frameId] });
    expect(frameIds(emulator)).toEqual([frameId, second.frameId]);
    const after = emulator.items().find((item) => item.id === second.frameId);
    expect([after?.boardX, after?.boardY]).toEqual([before?.boardX, before?.boardY]);
    expect(await earlierSummaries(board, frameId)).toEqual([second.frameId]);
  });
});
