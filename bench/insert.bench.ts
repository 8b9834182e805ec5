/**
 * What inserting each template and adding its summary costs on the emulator at Miro's documented
 * limits: SDK calls, credits, and dependent waves — time on a simulated clock divided by the
 * latency every call takes, so the count is the same on any machine. Then what the board holds
 * for the app after every template is inserted: app data and the largest item metadata, each
 * against Miro's limit. The ratio of one `await` at a time to the pool is in wall-clock waves.
 */
import { catalog, DEFAULT_TEMPLATE_ID } from '../src/core/catalog/catalog.ts';
import { draftFromTemplate } from '../src/core/catalog/draftFromTemplate.ts';
import { layoutMap } from '../src/core/layout/layoutMap.ts';
import type { Template } from '../src/core/model/template.schema.ts';
import { layoutSummary } from '../src/core/report/layoutSummary.ts';
import { readMaps } from '../src/app/readMaps.ts';
import { makeReport } from '../src/app/makeReport.ts';
import { jsonByteSize } from '../src/board/emulator/jsonValue.ts';
import { DEFAULT_LIMITS } from '../src/board/emulator/EmulatorLimits.ts';
import { MiroEmulator } from '../src/board/emulator/MiroEmulator.ts';
import { DEFAULT_CONCURRENCY, MiroBoard } from '../src/board/miro/MiroBoard.ts';
import { SimulatedClock } from '../src/test/SimulatedClock.ts';

// What the Board loads when first asked for is loaded now: loading a module is not time on the
// simulated clock.
await import('../src/board/miro/readBoardSnapshot.ts');

const LATENCY_MS = 30;
const NOW = '2026-12-01T00:00:00.000Z';

type Cost = { calls: number; waves: number; credits: number };

function setup(concurrency?: number) {
  const clock = new SimulatedClock();
  const emulator = new MiroEmulator({ clock, sleep: clock.sleep, latencyMs: LATENCY_MS });
  const board = new MiroBoard(emulator, {
    retry: { sleep: clock.sleep },
    now: clock.now,
    ...(concurrency !== undefined && { concurrency }),
  });
  /** Runs `task` on the simulated clock and says what it cost. */
  const measure = async (task: () => Promise<unknown>): Promise<Cost> => {
    emulator.resetStats();
    const start = clock.now();
    await clock.run(task);
    const { calls, credits } = emulator.stats;
    return { calls, waves: (clock.now() - start) / LATENCY_MS, credits };
  };
  return { emulator, board, measure, run: <T>(task: () => Promise<T>) => clock.run(task) };
}

const planOf = (template: Template) => layoutMap(template, draftFromTemplate(template));

const line = (what: string, id: string, cost: Cost) =>
  `${what} ${id}: ${cost.calls} calls, ${cost.waves} waves, ${cost.credits} credits`;

const lines: string[] = [];
const all = setup();
for (const template of catalog) {
  const plan = planOf(template);
  const { board, measure, run } = setup();
  let frameId = '';
  lines.push(
    line(
      'insert',
      template.id,
      await measure(async () => {
        frameId = (await board.apply(plan)).frameId;
      }),
    ),
  );
  const reading = await run(() => readMaps(board));
  const report = makeReport(reading, NOW).maps.find((map) => map.map.id === frameId);
  if (!report) throw new Error(`${template.id} did not read back`);
  lines.push(
    line(
      'summary',
      template.id,
      await measure(() => board.addSummary(layoutSummary(report, NOW), { frameId })),
    ),
  );
  await all.measure(() => all.board.apply(plan));
}

const state = all.emulator.exportState();
const metadataBytes = Math.max(...state.items.map((item) => jsonByteSize(item.metadata)));
lines.push(
  `app data after inserting every template: ${jsonByteSize(state.appData)} bytes (Miro allows ${DEFAULT_LIMITS.appDataBytes})`,
  `largest item metadata: ${metadataBytes} bytes (Miro allows ${DEFAULT_LIMITS.metadataBytesPerItem})`,
);

const defaultTemplate = catalog.find((template) => template.id === DEFAULT_TEMPLATE_ID);
if (!defaultTemplate) throw new Error(`no template ${DEFAULT_TEMPLATE_ID}`);
const waves = async (concurrency: number) => {
  const { board, measure } = setup(concurrency);
  return (await measure(() => board.apply(planOf(defaultTemplate)))).waves;
};
const [pooled, sequential] = [await waves(DEFAULT_CONCURRENCY), await waves(1)];
lines.push(
  `${DEFAULT_TEMPLATE_ID} one call at a time: ${sequential} waves; pooled: ${pooled} waves (${(sequential / pooled).toFixed(1)}× fewer)`,
);
process.stdout.write(`${lines.join('\n')}\n`);
