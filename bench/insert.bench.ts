/**
 * Inserting a map on the emulator with simulated latency per SDK call: calls, credits and time
 * with the adapter's bounded pool, against the same plan drawn one `await` at a time.
 * Absolute times depend on the machine; compare the ratio.
 */
import { performance } from 'node:perf_hooks';
import { catalog, DEFAULT_TEMPLATE_ID, findTemplate } from '../src/core/catalog/catalog.ts';
import { draftFromTemplate } from '../src/core/catalog/draftFromTemplate.ts';
import { layoutMap } from '../src/core/layout/layoutMap.ts';
import type { BoardPlan } from '../src/core/layout/BoardPlan.ts';
import { MiroEmulator } from '../src/board/emulator/MiroEmulator.ts';
import { MiroBoard } from '../src/board/miro/MiroBoard.ts';

const LATENCY_MS = 30;
const CREDITS_PER_MINUTE = 100_000;

async function measure(plan: BoardPlan, concurrency: number) {
  const emulator = new MiroEmulator({ latencyMs: LATENCY_MS });
  const board = new MiroBoard(emulator, { concurrency });
  const start = performance.now();
  await board.apply(plan);
  const ms = performance.now() - start;
  return { ms, ...emulator.stats };
}

function planOf(id: string): BoardPlan {
  const template = findTemplate(id);
  if (!template) throw new Error(`unknown template ${id}`);
  return layoutMap(template, draftFromTemplate(template));
}

const plan = planOf(DEFAULT_TEMPLATE_ID);
const pooled = await measure(plan, 6);
const sequential = await measure(plan, 1);

const lines = [
  `Insert the default map (${DEFAULT_TEMPLATE_ID}) on the emulator, ${LATENCY_MS} ms per SDK call`,
  `  items on the board        ${plan.items.length + 1} (frame included)`,
  `  SDK calls                 ${pooled.calls}`,
  `  credits                   ${pooled.credits} (${((pooled.credits / CREDITS_PER_MINUTE) * 100).toFixed(1)}% of a minute's budget)`,
  `  time, pool of 6           ${pooled.ms.toFixed(0)} ms`,
  `  time, one await at a time ${sequential.ms.toFixed(0)} ms`,
  `  ratio sequential / pooled ${(sequential.ms / pooled.ms).toFixed(2)}×`,
  '',
  'Every template (pool of 6):',
];
for (const template of catalog) {
  const result = await measure(planOf(template.id), 6);
  lines.push(
    `  ${template.id.padEnd(24)} ${String(result.calls).padStart(4)} calls ${String(result.credits).padStart(6)} credits ${result.ms.toFixed(0).padStart(5)} ms`,
  );
}
process.stdout.write(`${lines.join('\n')}\n`);
