import type { Block, Column } from './reportDocument.ts';

/** What a cell holds when it says nothing: no text, no score, no count. */
const SAYS_NOTHING = new Set(['', '—', '0', '0.0']);

/**
 * A table without the columns that say nothing in every row (the first column, which names the
 * row, always stays), so a pasted report carries no column of zeros or dashes.
 */
export function tableBlock(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
): Block {
  const kept = columns.flatMap((_, index) =>
    index === 0 ||
    rows.length === 0 ||
    rows.some((row) => !SAYS_NOTHING.has(row[index]?.trim() ?? ''))
      ? [index]
      : [],
  );
  return {
    kind: 'table',
    columns: kept.map((index) => columns[index] as Column),
    rows: rows.map((row) => kept.map((index) => row[index] ?? '')),
  };
}
