/**
 * Reading a big board back: 20 maps and 10,000 sticky notes in their cells on the emulator.
 * Counts the SDK calls `readSnapshot` makes — the first time, when it reads the maps' records,
 * and again, when it knows them — times readback per 1,000 notes, and compares it with
 * a straightforward per-cell scan (every cell of every map scans every item), after checking
 * that both place every note alike. Then the open canvas: maps drawn without a frame among
 * thousands of stray stickies and texts, at growing sizes, to show readback's time per item stays
 * flat. Absolute times depend on the machine; compare the ratios.
 */
import { performance } from 'node:perf_hooks';
import { mapAreas } from '../src/app/mapAreas.ts';
import { MiroBoard } from '../src/board/miro/MiroBoard.ts';
import { DEFAULT_TEMPLATE_ID } from '../src/core/catalog/catalog.ts';
import { rectCenter, rectContainsPoint } from '../src/core/geometry/Rect.ts';
import type { JourneyMap } from '../src/core/model/journey.schema.ts';
import { readback } from '../src/core/readback/readback.ts';
import type { BoardSnapshot, RawSnapshotItem } from '../src/core/snapshot/BoardSnapshot.ts';
import { buildSnapshot } from '../src/core/snapshot/buildSnapshot.ts';
import { canvasGrid, handGrid, sticky, textItem } from '../src/test/snapshotBuilders.ts';
import { bigBoard, MAPS, plan } from './bigBoard.ts';

const RUNS = 7;
/** The reference is slow; a few runs show its time well enough. */
const NAIVE_RUNS = 3;

const { emulator } = await bigBoard();
/** Another panel: it knows none of the records yet. */
const board = new MiroBoard(emulator);

const callsOf = (stats: typeof emulator.stats) =>
  `${stats.calls} (${Object.entries(stats.byMethod)
    .map(([method, count]) => `${method} ×${count}`)
    .join(', ')})`;
emulator.resetStats();
const { snapshot } = await board.readSnapshot();
const firstRead = callsOf(emulator.stats);
emulator.resetStats();
await board.readSnapshot();
const secondRead = callsOf(emulator.stats);

/** Where every note landed: note id → `stage/lane`. */
type Placement = Map<string, string>;

function placementOf(maps: readonly JourneyMap[]): Placement {
  return new Map(
    maps.flatMap((map) => map.notes.map((note) => [note.id, `${note.stageId}/${note.laneId}`])),
  );
}

/** The straightforward reference: every cell of every map scans every item on the board. */
function naivePlacement(maps: readonly JourneyMap[], board: BoardSnapshot): Placement {
  const placement: Placement = new Map();
  for (const map of maps) {
    const { cells } = mapAreas(map, board);
    for (const stage of map.stages)
      for (const lane of map.lanes) {
        const cell = cells[stage.id]?.[lane.id];
        if (!cell) continue;
        for (const item of board.items) {
          if (item.kind !== 'sticky' && item.kind !== 'card') continue;
          if (item.frameId !== map.id) continue;
          if (rectContainsPoint(cell, rectCenter(item.rect)))
            placement.set(item.id, `${stage.id}/${lane.id}`);
        }
      }
  }
  return placement;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time<T>(fn: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

const readTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  await board.readSnapshot();
  readTimes.push(performance.now() - start);
}

const readbackRuns = Array.from({ length: RUNS }, () => time(() => readback(snapshot)));
const { maps } = readbackRuns[0]?.result ?? readback(snapshot);
const naiveRuns = Array.from({ length: NAIVE_RUNS }, () =>
  time(() => naivePlacement(maps, snapshot)),
);

const fast = placementOf(maps);
const naive = naiveRuns[0]?.result ?? new Map<string, string>();
const mismatches = [...new Set([...fast.keys(), ...naive.keys()])].filter(
  (id) => fast.get(id) !== naive.get(id),
);
if (mismatches.length > 0)
  throw new Error(
    `readback and the per-cell scan place ${mismatches.length} notes differently, e.g. ${mismatches
      .slice(0, 3)
      .map((id) => `${id}: ${fast.get(id) ?? 'unplaced'} vs ${naive.get(id) ?? 'unplaced'}`)
      .join('; ')}`,
  );

const notes = fast.size;
const perThousand = (ms: number) => (ms / notes) * 1000;
const readbackMs = median(readbackRuns.map((run) => run.ms));
const naiveMs = median(naiveRuns.map((run) => run.ms));
const readMs = median(readTimes);
const stickies = snapshot.items.filter((item) => item.kind === 'sticky').length;
const cellsPerMap = plan.grid.stages.length * plan.grid.lanes.length;

const lines = [
  `Read back ${MAPS} maps (${DEFAULT_TEMPLATE_ID}, ${cellsPerMap} cells each) holding ${stickies} sticky notes; ${snapshot.items.length} items read; median of ${RUNS} runs (${NAIVE_RUNS} of the reference)`,
  `  SDK calls, first read       ${firstRead}`,
  `  SDK calls, next reads       ${secondRead}`,
  `  notes placed                ${notes}, the same cell by both methods`,
  '',
  `  ${'step'.padEnd(34)}${'ms'.padStart(9)}${'ms / 1,000 notes'.padStart(19)}`,
  `  ${'readSnapshot (emulator, 0 ms)'.padEnd(34)}${readMs.toFixed(1).padStart(9)}${perThousand(readMs).toFixed(2).padStart(19)}`,
  `  ${'readback'.padEnd(34)}${readbackMs.toFixed(1).padStart(9)}${perThousand(readbackMs).toFixed(2).padStart(19)}`,
  `  ${'per-cell scan (reference)'.padEnd(34)}${naiveMs.toFixed(1).padStart(9)}${perThousand(naiveMs).toFixed(2).padStart(19)}`,
  `  ratio per-cell scan / readback  ${(naiveMs / readbackMs).toFixed(1)}×`,
];
process.stdout.write(`${lines.join('\n')}\n`);

/** Canvas maps and strays: 10 maps 6,000 apart, stickies spread over them, texts spread below them. */
function canvasBoard(strays: number): RawSnapshotItem[] {
  const maps = Array.from({ length: CANVAS_MAPS }, (_, i) =>
    canvasGrid({
      id: `m${i}`,
      at: { x: i * 6000, y: 0 },
      stages: ['Discover', 'Buy', 'Use'],
      lanes: ['Doing', 'Feelings', 'Pains'],
    }),
  ).flat();
  // a fixed pseudo-random walk, so that every run reads the same board
  let seed = 1;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const width = CANVAS_MAPS * 6000;
  const items = Array.from({ length: strays }, (_, i): RawSnapshotItem => {
    const at = { cx: next() * width, cy: next() * 8000 - 2000 };
    // texts strewn among a map's labels could line up with them; these lie below the maps
    return i % 50 === 0
      ? textItem(`t${i}`, { x: at.cx, y: at.cy + 6000, width: 300, height: 60 }, `text ${i}`)
      : sticky(`s${i}`, at, `stray ${i}`);
  });
  return [...maps, ...items];
}

const CANVAS_MAPS = 10;
const canvasLines = [
  '',
  `Open canvas: ${CANVAS_MAPS} maps drawn without a frame among stray stickies (a text every 50, below the maps); median of ${RUNS} runs`,
  `  ${'items'.padStart(8)}${'maps'.padStart(7)}${'ms'.padStart(9)}${'ms / 1,000 items'.padStart(19)}`,
];
for (const strays of [2_500, 10_000, 40_000]) {
  const canvas = buildSnapshot(canvasBoard(strays));
  const runs = Array.from({ length: RUNS }, () => time(() => readback(canvas)));
  const found = runs[0]?.result.maps.length ?? 0;
  if (found !== CANVAS_MAPS)
    throw new Error(`the canvas of ${strays} strays read as ${found} maps`);
  const ms = median(runs.map((run) => run.ms));
  const items = canvas.items.length;
  canvasLines.push(
    `  ${String(items).padStart(8)}${String(found).padStart(7)}${ms.toFixed(1).padStart(9)}${((ms / items) * 1000).toFixed(2).padStart(19)}`,
  );
}
process.stdout.write(`${canvasLines.join('\n')}\n`);

/**
 * Hand-made frames (no records, so every one is inferred: both orientations, legends, phases):
 * 20 frames of 5 stages × 5 lanes with `notes` stickies spread over their cells.
 */
function handMadeBoard(notes: number): RawSnapshotItem[] {
  const frames = Array.from({ length: HAND_FRAMES }, (_, i) =>
    handGrid({
      frameId: `h${i}`,
      at: { x: (i % 5) * 4000, y: Math.floor(i / 5) * 3000 },
      stages: ['Discover', 'Compare', 'Buy', 'Use', 'Renew'],
      lanes: ['Doing', 'Thinking', 'Feelings', 'Pains', 'Ideas'],
    }),
  );
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const items = Array.from({ length: notes }, (_, i): RawSnapshotItem => {
    const frame = i % HAND_FRAMES;
    const cx = (frame % 5) * 4000 + 420 + next() * 2960;
    const cy = Math.floor(frame / 5) * 3000 + 320 + next() * 1960;
    return sticky(`n${i}`, { cx, cy }, `note ${i}`, { parentId: `h${frame}` });
  });
  return [...frames.flat(), ...items];
}

const HAND_FRAMES = 20;
const handLines = [
  '',
  `Hand-made frames: ${HAND_FRAMES} inferred maps (5 × 5, shape labels) with notes in their cells; median of ${RUNS} runs`,
  `  ${'items'.padStart(8)}${'notes'.padStart(8)}${'ms'.padStart(9)}${'ms / 1,000 items'.padStart(19)}`,
];
for (const notes of [2_500, 10_000, 40_000]) {
  const board = buildSnapshot(handMadeBoard(notes));
  const runs = Array.from({ length: RUNS }, () => time(() => readback(board)));
  const placed = runs[0]?.result.maps.reduce((sum, map) => sum + map.notes.length, 0) ?? 0;
  if (placed !== notes) throw new Error(`${notes} notes on hand-made frames, ${placed} placed`);
  const ms = median(runs.map((run) => run.ms));
  const items = board.items.length;
  handLines.push(
    `  ${String(items).padStart(8)}${String(placed).padStart(8)}${ms.toFixed(1).padStart(9)}${((ms / items) * 1000).toFixed(2).padStart(19)}`,
  );
}
process.stdout.write(`${handLines.join('\n')}\n`);
