import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../src/test/parseCsv.ts';

const SOFFICE = '/usr/bin/soffice';

/**
 * Whether the spreadsheet tests run: when LibreOffice is installed, and always in CI, where
 * `.ci/run` installs it and sets REQUIRE_SPREADSHEET=1 so that a missing one fails.
 */
export const hasSpreadsheet = existsSync(SOFFICE) || process.env.REQUIRE_SPREADSHEET === '1';

/** Line breaks as one kind, since Calc writes LF where the report wrote CR or CRLF. */
function sameBreaks(rows: string[][]): string[][] {
  return rows.map((row) => row.map((cell) => cell.replace(/\r\n|\r/g, '\n')));
}

/**
 * The CSV as LibreOffice Calc holds it: imported as UTF-8 (what its Text Import dialog is set to
 * for the report's byte-order mark), then saved again as CSV with every cell as shown. A cell
 * Calc took for a number or a formula comes back changed.
 */
export function throughSpreadsheet(csv: string): string[][] {
  const folder = mkdtempSync(join(tmpdir(), 'journey-csv-'));
  writeFileSync(join(folder, 'report.csv'), csv);
  // 44 comma, 34 double quote, 76 UTF-8, 1 from the first line
  const filter = '44,34,76,1';
  execFileSync(
    SOFFICE,
    [
      '--headless',
      `--infilter=CSV:${filter}`,
      '--convert-to',
      `csv:Text - txt - csv (StarCalc):${filter}`,
      '--outdir',
      'out',
      'report.csv',
    ],
    { cwd: folder, env: { ...process.env, HOME: folder }, stdio: 'ignore', timeout: 120_000 },
  );
  const saved = readFileSync(join(folder, 'out', 'report.csv'), 'utf8').replace(/^\uFEFF/, '');
  return sameBreaks(parseCsv(saved.replace(/\r\n|\r|\n/g, '\r\n')));
}

/** What the report's CSV says, with line breaks as `throughSpreadsheet` gives them. */
export function csvCells(csv: string): string[][] {
  return sameBreaks(parseCsv(csv.replace(/^\uFEFF/, '')));
}
