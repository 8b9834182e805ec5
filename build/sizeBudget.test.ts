import { describe, expect, it } from 'vitest';
import type { BudgetChunk } from './sizeBudget.ts';
import { checkSizeBudgets, formatBudgetTable } from './sizeBudget.ts';

const chunk = (fileName: string, code: string, more: Partial<BudgetChunk> = {}): BudgetChunk => ({
  fileName,
  name: fileName.replace(/\..*$/, ''),
  isEntry: false,
  code,
  imports: [],
  ...more,
});

const bundle: BudgetChunk[] = [
  chunk('index.js', 'a'.repeat(100), { isEntry: true, name: 'index', imports: ['shared.js'] }),
  chunk('app.js', 'b'.repeat(3000), {
    isEntry: true,
    name: 'app',
    imports: ['shared.js', 'react.js'],
  }),
  chunk('shared.js', 'c'.repeat(50)),
  chunk('react.js', 'd'.repeat(20000), { imports: ['shared.js'] }),
  chunk('lazy.js', 'e'.repeat(90000)),
];

describe('checkSizeBudgets', () => {
  it('counts the entry chunk and its static imports, transitively and once', () => {
    const { pages } = checkSizeBudgets(bundle, { index: 2048, app: 102400 });
    expect(pages.map((page) => [page.page, page.files])).toEqual([
      ['index', ['index.js', 'shared.js']],
      ['app', ['app.js', 'shared.js', 'react.js']],
    ]);
  });

  it('adds up raw bytes of the initial files', () => {
    const { pages } = checkSizeBudgets(bundle, { app: 102400 });
    expect(pages[0]?.rawBytes).toBe(23050); // 3000 + 50 + 20000
  });

  it('does not count dynamic imports', () => {
    const withLazy = bundle.map((c) =>
      c.name === 'app' ? { ...c, dynamicImports: ['lazy.js'] } : c,
    );
    const { pages } = checkSizeBudgets(withLazy, { app: 102400 });
    expect(pages[0]?.files).not.toContain('lazy.js');
  });

  it('passes pages within their budgets', () => {
    expect(checkSizeBudgets(bundle, { index: 2048, app: 102400 }).failures).toEqual([]);
  });

  it('fails a page over its gzip budget', () => {
    const incompressible = Array.from({ length: 4000 }, (_, i) =>
      ((i * 7919) % 65521).toString(36),
    ).join('');
    const big = [chunk('index.js', incompressible, { isEntry: true, name: 'index' })];
    const { failures } = checkSizeBudgets(big, { index: 2048 });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(
      /^index: initial JS is \d+\.\d\d KB gzipped, over its 2\.00 KB budget$/,
    );
  });

  it('fails when a page has no entry chunk', () => {
    expect(checkSizeBudgets(bundle, { sandbox: 1000 }).failures).toEqual([
      'sandbox: no entry chunk found',
    ]);
  });
});

describe('formatBudgetTable', () => {
  it('prints one aligned row per page', () => {
    const table = formatBudgetTable([
      { page: 'index', files: ['index.js'], rawBytes: 1024, gzipBytes: 512, budgetBytes: 2048 },
      {
        page: 'app',
        files: ['a.js', 'b.js'],
        rawBytes: 204800,
        gzipBytes: 61440,
        budgetBytes: 102400,
      },
    ]);
    expect(table).toMatchInlineSnapshot(`
      "page   files  raw KB  gzip KB  budget KB
      index      1    1.00     0.50       2.00
      app        2  200.00    60.00     100.00"
    `);
  });
});
