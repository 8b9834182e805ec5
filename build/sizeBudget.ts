import { gzipSync } from 'node:zlib';
import type { Logger, Plugin } from 'vite';

/** The part of a bundler output chunk the budget needs. */
export type BudgetChunk = {
  fileName: string;
  name: string;
  isEntry: boolean;
  code: string;
  /** File names of the chunks it imports statically. */
  imports: readonly string[];
};

/** Sizes are bytes; a page's initial JS is its entry chunk and every chunk it imports statically. */
export type PageSize = {
  page: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  budgetBytes: number;
};

export type BudgetReport = { pages: PageSize[]; failures: string[] };

const KB = 1024;

const formatKb = (bytes: number) => (bytes / KB).toFixed(2);

function staticClosure(entry: BudgetChunk, byFile: Map<string, BudgetChunk>): BudgetChunk[] {
  const seen = new Map<string, BudgetChunk>();
  const visit = (chunk: BudgetChunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const imported of chunk.imports) {
      const next = byFile.get(imported);
      if (next) visit(next);
    }
  };
  visit(entry);
  return [...seen.values()];
}

/** Measures each page named in `budgets` (gzip budget in bytes, keyed by entry name). */
export function checkSizeBudgets(
  chunks: readonly BudgetChunk[],
  budgets: Readonly<Record<string, number>>,
): BudgetReport {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const pages: PageSize[] = [];
  const failures: string[] = [];
  for (const [page, budgetBytes] of Object.entries(budgets)) {
    const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === page);
    if (!entry) {
      failures.push(`${page}: no entry chunk found`);
      continue;
    }
    const files = staticClosure(entry, byFile);
    const rawBytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.code), 0);
    // Each file is fetched, and so compressed, on its own.
    const gzipBytes = files.reduce(
      (sum, file) => sum + gzipSync(file.code, { level: 9 }).length,
      0,
    );
    pages.push({
      page,
      files: files.map((file) => file.fileName),
      rawBytes,
      gzipBytes,
      budgetBytes,
    });
    if (gzipBytes > budgetBytes)
      failures.push(
        `${page}: initial JS is ${formatKb(gzipBytes)} KB gzipped, over its ${formatKb(budgetBytes)} KB budget`,
      );
  }
  return { pages, failures };
}

export function formatBudgetTable(pages: readonly PageSize[]): string {
  const header = ['page', 'files', 'raw KB', 'gzip KB', 'budget KB'];
  const rows = [
    header,
    ...pages.map((page) => [
      page.page,
      String(page.files.length),
      formatKb(page.rawBytes),
      formatKb(page.gzipBytes),
      formatKb(page.budgetBytes),
    ]),
  ];
  const widths = header.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  // The page name is left-aligned, the numbers right-aligned.
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join('  '),
    )
    .join('\n');
}

/** Prints each page's initial JS size after the bundle is written and fails the build past a budget. */
export function sizeBudget(budgetsKb: Readonly<Record<string, number>>): Plugin {
  let logger: Logger | undefined;
  const budgets = Object.fromEntries(
    Object.entries(budgetsKb).map(([page, kb]) => [page, kb * KB]),
  );
  return {
    name: 'journey-mapper:size-budget',
    apply: 'build',
    configResolved(config) {
      logger = config.logger;
    },
    writeBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((output) =>
        output.type === 'chunk' ? [output] : [],
      );
      const report = checkSizeBudgets(chunks, budgets);
      logger?.info(`\nInitial JS per page\n${formatBudgetTable(report.pages)}\n`);
      if (report.failures.length > 0)
        this.error(`Size budget exceeded:\n${report.failures.join('\n')}`);
    },
  };
}
