/**
 * The command line, whole process against whole process: `journey-mapper report` on the big
 * board's file (as the sandbox's Export writes it) against `node -e` doing nothing but
 * `JSON.parse` of the same file. Time is the wall time of each process, start to exit; memory is
 * its peak RSS above a bare `node -e ""`'s, over the file's size. Absolute times depend on the
 * machine; compare the ratios.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { boardFileText } from '../src/sandbox/boardFileTransfer.ts';
import { bigBoard, MAPS, NOTES } from './bigBoard.ts';

const RUNS = 7;
/** What the CLI aims at: its time over `JSON.parse`'s, its memory over the file's size. */
const TIME_TARGET = 3;
const MEMORY_TARGET = 4;
const BIN = join(import.meta.dirname, '..', 'bin', 'journey-mapper.js');

const dir = mkdtempSync(join(tmpdir(), 'journey-mapper-bench-'));
const file = join(dir, 'board.json');
const output = join(dir, 'out');
/** Preloaded into every process measured: prints its peak RSS (KiB) as the last line of stderr. */
const preload = join(dir, 'maxRss.cjs');
writeFileSync(
  preload,
  "process.on('exit', () => require('node:fs').writeSync(2, `\\nmaxRSS ${process.resourceUsage().maxRSS}\\n`));\n",
);

const { emulator } = await bigBoard();
const text = boardFileText(emulator.exportState());
writeFileSync(file, text);
const fileBytes = Buffer.byteLength(text);

type Run = { ms: number; rssBytes: number };

/** One process, stdout to a file as `> out` would; fails on a non-zero exit. */
function run(args: readonly string[]): Run {
  const out = openSync(output, 'w');
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--require', preload, ...args], {
    stdio: ['ignore', out, 'pipe'],
    encoding: 'utf8',
  });
  const ms = performance.now() - start;
  closeSync(out);
  if (child.status !== 0)
    throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  if (args[0] === BIN && statSync(output).size === 0)
    throw new Error(`${args.join(' ')} wrote nothing`);
  const rss = /maxRSS (\d+)\n$/.exec(child.stderr)?.[1];
  if (rss === undefined) throw new Error(`no maxRSS from ${args.join(' ')}: ${child.stderr}`);
  return { ms, rssBytes: Number(rss) * 1024 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The median time and peak RSS of RUNS runs, after one that warms the file cache. */
function measure(args: readonly string[]): Run {
  run(args);
  const runs = Array.from({ length: RUNS }, () => run(args));
  return {
    ms: median(runs.map((r) => r.ms)),
    rssBytes: median(runs.map((r) => r.rssBytes)),
  };
}

const bare = measure(['-e', '']);
const parse = measure([
  '-e',
  `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`,
]);
const cli = {
  json: measure([BIN, 'report', file]),
  md: measure([BIN, 'report', file, '--format', 'md']),
};
rmSync(dir, { recursive: true });

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const memory = (r: Run) => ((r.rssBytes - bare.rssBytes) / fileBytes).toFixed(1);
const row = (name: string, r: Run) =>
  `  ${name.padEnd(30)}${r.ms.toFixed(0).padStart(8)}${mb(r.rssBytes).padStart(10)}${`${memory(r)}×`.padStart(14)}`;
const lines = [
  `CLI on the board file of ${MAPS} maps, ${NOTES} sticky notes (${mb(fileBytes)} MB); median of ${RUNS} runs`,
  `  ${'process'.padEnd(30)}${'ms'.padStart(8)}${'RSS MB'.padStart(10)}${'RSS−bare/file'.padStart(14)}`,
  row('node -e ""', bare),
  row('node -e JSON.parse(file)', parse),
  row('journey-mapper report', cli.json),
  row('journey-mapper report --format md', cli.md),
  `  CLI / JSON.parse: ${(cli.json.ms / parse.ms).toFixed(1)}× (md ${(cli.md.ms / parse.ms).toFixed(1)}×; target ≤ ${TIME_TARGET}×)`,
  `  CLI memory: ${memory(cli.json)}× the file (md ${memory(cli.md)}×; JSON.parse ${memory(parse)}×; target ≤ ${MEMORY_TARGET}×)`,
];
process.stdout.write(`${lines.join('\n')}\n`);
