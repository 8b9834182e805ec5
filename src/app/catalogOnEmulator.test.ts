import { describe, expect, it } from 'vitest';
import { MiroEmulator } from '../board/emulator/MiroEmulator.ts';
import { MiroBoard } from '../board/miro/MiroBoard.ts';
import { catalog } from '../core/catalog/catalog.ts';
import { draftFromTemplate } from '../core/catalog/draftFromTemplate.ts';
import { layoutMap } from '../core/layout/layoutMap.ts';
import { addSummary } from './addSummary.ts';
import { insertMap } from './insertMap.ts';
import { makeReport } from './makeReport.ts';
import { readMaps } from './readMaps.ts';

const NOW = '2026-12-01T00:00:00.000Z';

/**
 * The done-when of working on a real board, on the emulator at Miro's documented limits (its
 * defaults): every template inserts, reads back as recorded, and gets its summary frame, on one
 * board, leaving app data empty.
 */
describe('every template on a board at Miro’s limits', () => {
  const emulator = new MiroEmulator();
  const board = new MiroBoard(emulator, { retry: { delays: [], sleep: async () => {} } });

  it.each(catalog.map((template) => template.id))(
    '%s inserts, reads back as recorded and gets its summary',
    async (id) => {
      const template = catalog.find((candidate) => candidate.id === id);
      if (!template) throw new Error(`no template ${id}`);
      const draft = draftFromTemplate(template);
      const { frameId } = await insertMap(board, template, draft);
      const map = (await readMaps(board)).maps.find((candidate) => candidate.id === frameId);
      expect(map?.structure).toBe('app');
      const { grid } = layoutMap(template, draft);
      expect(map?.stages).toEqual(grid.stages);
      expect(map?.lanes).toEqual(grid.lanes);
      const notes = layoutMap(template, draft).items.filter((item) => item.kind === 'note');
      expect(map?.notes).toHaveLength(notes.length);
      expect(map?.unplaced).toEqual([]);

      const report = makeReport({ maps: map ? [map] : [], warnings: [] }, NOW).maps[0];
      if (!report) throw new Error('no report');
      const summary = await addSummary(board, report, NOW);
      const frame = emulator.items().find((item) => item.id === summary.frameId);
      expect(frame?.type === 'frame' && frame.title).toBe(`Summary — ${map?.title}`);
    },
  );

  it('leaves nothing in app data after every template and summary', () => {
    expect(emulator.snapshot().appData).toEqual({});
  });
});
