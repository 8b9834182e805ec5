/**
 * The summary report: time of the analysis and of each renderer for a current-state and a
 * future-state map of N notes (a third each pain points, opportunities and emotions, texts
 * repeating so pain points group), at N and 10 × N notes: a ratio near 10 is linear, near 100
 * quadratic (what "Add summary to board" costs is in insert.bench.ts). Absolute times depend on the machine; compare the ratios.
 */
import { performance } from 'node:perf_hooks';
import type { EmotionScore } from '../src/core/model/emotion.ts';
import { buildReport } from '../src/core/report/buildReport.ts';
import { REPORT_FORMATS, renderReport } from '../src/core/report/render/renderReport.ts';
import type { Report } from '../src/core/report/Report.ts';
import { journeyMap, type NoteSpec } from '../src/test/journeyMapBuilder.ts';

const SMALL = 2_000;
const LARGE = 20_000;
const RUNS = 5;
const NOW = '2026-01-01T00:00:00.000Z';
const STAGES = ['Awareness', 'Consideration', 'Purchase', 'Onboarding', 'Usage', 'Loyalty'];

/** `count` notes over the stages; one distinct text in 20, so pain points group. */
function notes(count: number, prefix: string): NoteSpec[] {
  const lanes = ['painPoints', 'opportunities', 'emotions'] as const;
  return Array.from({ length: count }, (_, i) => {
    const lane = lanes[i % lanes.length] ?? 'painPoints';
    const stage = (
      STAGES[Math.floor(i / lanes.length) % STAGES.length] ?? 'awareness'
    ).toLowerCase();
    const emotion = lane === 'emotions' ? (((i % 5) - 2) as EmotionScore) : undefined;
    return {
      stage,
      lane,
      text: `${prefix} ${lane} ${i % Math.ceil(count / 20)}`,
      emotion,
      votes: i % 4,
    };
  });
}

function readingOf(count: number) {
  const map = (title: string, prefix: string) =>
    journeyMap({
      id: title,
      title,
      stages: STAGES,
      lanes: ['touchpoints', 'emotions', 'painPoints', 'opportunities'],
      notes: notes(count, prefix),
    });
  return {
    maps: [map('Checkout (current state)', 'now'), map('Checkout (future state)', 'later')],
    warnings: [],
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The median of RUNS runs after one that warms the code up. */
function timed(fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

function measure(count: number): Record<string, number> {
  const reading = readingOf(count);
  const report: Report = buildReport(reading, { now: NOW });
  const times: Record<string, number> = {
    analysis: timed(() => buildReport(reading, { now: NOW })),
  };
  for (const format of REPORT_FORMATS) times[format] = timed(() => renderReport(report, format));
  return times;
}

const small = measure(SMALL);
const large = measure(LARGE);
const lines = [
  `Report over a current- and a future-state map, ${SMALL} and ${LARGE} notes each; median of ${RUNS} runs`,
  `  ${'step'.padEnd(12)}${`ms, ${SMALL}`.padStart(12)}${`ms, ${LARGE}`.padStart(13)}${'ratio'.padStart(8)}`,
  ...Object.keys(small).map((step) => {
    const a = small[step] ?? Number.NaN;
    const b = large[step] ?? Number.NaN;
    return `  ${step.padEnd(12)}${a.toFixed(2).padStart(12)}${b.toFixed(2).padStart(13)}${`${(b / a).toFixed(1)}×`.padStart(8)}`;
  }),
  `  (${LARGE / SMALL}× the notes: a ratio near ${LARGE / SMALL} is linear)`,
];

process.stdout.write(`${lines.join('\n')}\n`);
