import { afterEach, describe, expect, it } from 'vitest';
import { MiroEmulator } from '../board/emulator/MiroEmulator.ts';
import { BridgeBoard } from '../board/figjam/bridge/BridgeBoard.ts';
import { memoryChannelPair } from '../board/figjam/bridge/memoryChannelPair.ts';
import { serveBoard } from '../board/figjam/bridge/serveBoard.ts';
import { MiroBoard } from '../board/miro/MiroBoard.ts';
import type { Progress } from '../board/port.ts';
import { catalog } from '../core/catalog/catalog.ts';
import { draftFromTemplate } from '../core/catalog/draftFromTemplate.ts';
import { addSummary } from './addSummary.ts';
import { insertMap } from './insertMap.ts';
import { readReport } from './readReport.ts';

const NOW = '2026-12-01T00:00:00.000Z';

/** The panel's Board in a FigJam plugin, over the channel to the main thread's real Board. */
function bridgedEmulator() {
  const emulator = new MiroEmulator();
  const board = new MiroBoard(emulator, { retry: { delays: [], sleep: async () => {} } });
  const [panelEnd, pluginEnd] = memoryChannelPair();
  const warnings: string[] = [];
  const logger = { warn: (message: string) => warnings.push(message) };
  const stop = serveBoard(board, pluginEnd, logger);
  const bridge = new BridgeBoard(panelEnd, { logger });
  return { emulator, board, bridge, warnings, stop };
}

describe('the panel’s flows over the bridge, on the emulator', () => {
  let stop = () => {};
  afterEach(() => stop());

  it.each(catalog.map((template) => template.id))(
    '%s inserts through the bridge and reads back the same maps as directly',
    async (id) => {
      const setup = bridgedEmulator();
      stop = setup.stop;
      const template = catalog.find((candidate) => candidate.id === id);
      if (!template) throw new Error(`no template ${id}`);
      const { frameId } = await insertMap(setup.bridge, template, draftFromTemplate(template));
      expect(setup.emulator.items().some((item) => item.id === frameId)).toBe(true);

      const bridged = await readReport(setup.bridge, { now: NOW });
      const direct = await readReport(setup.board, { now: NOW });
      expect(bridged.reading.maps.map((map) => map.id)).toEqual([frameId]);
      expect(bridged).toEqual(direct);
      expect(setup.warnings).toEqual([]);
    },
  );

  it('reports the insert’s progress to the panel as it goes, up to all items', async () => {
    const setup = bridgedEmulator();
    stop = setup.stop;
    const template = catalog[0];
    if (!template) throw new Error('no template');
    const progress: Progress[] = [];
    await insertMap(setup.bridge, template, draftFromTemplate(template), {
      onProgress: (value) => progress.push(value),
    });
    expect(progress.length).toBeGreaterThan(1);
    const last = progress.at(-1);
    expect(last && last.done).toBe(last?.total);
  });

  it('adds a map’s summary frame through the bridge', async () => {
    const setup = bridgedEmulator();
    stop = setup.stop;
    const template = catalog[0];
    if (!template) throw new Error('no template');
    await insertMap(setup.bridge, template, draftFromTemplate(template));
    const { report } = await readReport(setup.bridge, { now: NOW });
    const mapReport = report.maps[0];
    if (!mapReport) throw new Error('no report');
    const summary = await addSummary(setup.bridge, mapReport, NOW);
    const frame = setup.emulator.items().find((item) => item.id === summary.frameId);
    expect(frame?.type === 'frame' && frame.title).toBe(`Summary — ${mapReport.map.title}`);
  });
});
