import { link, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import twoMaps from '../test/fixtures/boards/two-maps-and-strays.json';
import { memoryCliIo } from '../test/fixtures/memoryCliIo.ts';
import type { CliIo } from './CliIo.ts';
import { inspectFile } from './inspectFile.ts';
import { runCli } from './runCli.ts';
import { USAGE } from './usage.ts';

const BOARD = JSON.stringify(twoMaps);

async function run(
  argv: string[],
  files: Record<string, string | Uint8Array>,
  overrides: Partial<CliIo> = {},
) {
  const memory = memoryCliIo(files, overrides);
  const code = await runCli(argv, memory.io);
  return { code, stdout: memory.stdout(), stderr: memory.stderr(), written: memory.written };
}

describe('runCli report, input files', () => {
  it('reads a board file that starts with a byte-order mark', async () => {
    const { code, stdout, stderr } = await run(['report', 'bom.json'], {
      'bom.json': `\uFEFF${BOARD}`,
    });
    expect([code, stderr]).toEqual([0, '']);
    expect((JSON.parse(stdout) as { maps: unknown[] }).maps).toHaveLength(2);
  });

  it('refuses nesting a million levels deep in one line naming the file and the place', async () => {
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    const { code, stdout, stderr } = await run(['report', 'deep.json'], {
      'deep.json': `{"data": [], "journeyMapper": {"appData": {"k": ${deep}}}}`,
    });
    // {"data": [], "journeyMapper": {"appData": {"k": is 48 characters and 3 levels
    expect([code, stdout, stderr]).toEqual([
      1,
      '',
      'journey-mapper: deep.json: The file nests deeper than 64 levels at line 1 column 110\n',
    ]);
  });

  it('reads a file that is not UTF-8 with a warning in the report, which goes on', async () => {
    // {"data": [], "note": "Café"} in Latin-1: é is E9, after 25 characters
    const latin1 = new Uint8Array(
      [...'{"data": [], "note": "Caf\u00e9"}'].map((c) => c.charCodeAt(0)),
    );
    const { code, stdout, stderr } = await run(['report', 'latin1.json'], {
      'latin1.json': latin1,
    });
    expect([code, stderr]).toEqual([0, '']);
    expect((JSON.parse(stdout) as { warnings: string[] }).warnings).toEqual([
      'latin1.json is not valid UTF-8: 1 byte sequence read as U+FFFD, the first at byte 25',
    ]);
  });

  it('refuses a file larger than a string can hold, before reading it', async () => {
    let reads = 0;
    const { code, stdout, stderr } = await run(
      ['report', 'big.json'],
      { 'big.json': ' '.repeat(2_500_001) },
      {
        maxStringLength: 1_000_000,
        readFile: async () => {
          reads++;
          return new Uint8Array();
        },
        inspectFile: async (path) => ({
          exists: true,
          realPath: path,
          identity: path,
          bytes: 2_500_001,
        }),
      },
    );
    expect([code, stdout, stderr]).toEqual([
      1,
      '',
      'journey-mapper: big.json is 2.6 MB; the largest board file this reads is 1.0 MB\n',
    ]);
    expect(reads).toBe(0);
  });

  it('refuses a file that grew past the limit after it was inspected', async () => {
    const { code, stderr } = await run(
      ['report', 'big.json'],
      { 'big.json': ' '.repeat(1_200_000) },
      {
        maxStringLength: 1_000_000,
        inspectFile: async (path) => ({ exists: true, realPath: path, identity: path, bytes: 10 }),
      },
    );
    expect([code, stderr]).toEqual([
      1,
      'journey-mapper: big.json is 1.2 MB; the largest board file this reads is 1.0 MB\n',
    ]);
  });

  it('refuses --out onto the board file as bad usage, writing nothing', async () => {
    const { code, stdout, stderr, written } = await run(
      ['report', 'board.json', '--out', 'board.json'],
      { 'board.json': BOARD },
    );
    expect([code, stdout, written]).toEqual([2, '', {}]);
    expect(stderr).toBe(
      `journey-mapper: --out board.json is the board file board.json; write the report to another file\n\n${USAGE}`,
    );
  });

  it('refuses --out onto another name of the board file (same device and inode)', async () => {
    const { code, written } = await run(
      ['report', 'board.json', '--out', 'copy.json'],
      { 'board.json': BOARD, 'copy.json': BOARD },
      {
        inspectFile: async (path) => ({ exists: true, realPath: path, identity: '1:42', bytes: 1 }),
      },
    );
    expect([code, written]).toEqual([2, {}]);
  });

  it('refuses --out onto the board file before reading it', async () => {
    let reads = 0;
    const { code } = await run(
      ['report', 'board.json', '--out', './board.json'],
      {},
      {
        readFile: async () => {
          reads++;
          return new Uint8Array();
        },
        inspectFile: async () => ({ exists: false, realPath: '/work/board.json' }),
      },
    );
    expect([code, reads]).toEqual([2, 0]);
  });
});

describe('runCli report, input files on disk', () => {
  let directory = '';

  afterEach(async () => {
    if (directory !== '') await rm(directory, { recursive: true, force: true });
  });

  async function runOnDisk(argv: string[]) {
    const memory = memoryCliIo({}, { readFile: (path) => readFile(path), inspectFile, writeFile });
    const code = await runCli(argv, memory.io);
    return { code, stdout: memory.stdout(), stderr: memory.stderr() };
  }

  it('refuses --out through a symlink or a hard link to the board file, leaving it as it was', async () => {
    directory = await mkdtemp(join(tmpdir(), 'journey-mapper-'));
    const board = join(directory, 'board.json');
    await writeFile(board, BOARD);
    await symlink(board, join(directory, 'soft.json'));
    await link(board, join(directory, 'hard.json'));
    for (const out of ['soft.json', 'hard.json', 'board.json']) {
      const { code, stderr } = await runOnDisk(['report', board, '--out', join(directory, out)]);
      expect([code, stderr.split('\n')[0]]).toEqual([
        2,
        `journey-mapper: --out ${join(directory, out)} is the board file ${board}; write the report to another file`,
      ]);
    }
    expect(await readFile(board, 'utf8')).toBe(BOARD);
  });

  it('writes --out beside the board file', async () => {
    directory = await mkdtemp(join(tmpdir(), 'journey-mapper-'));
    const board = join(directory, 'board.json');
    await writeFile(board, BOARD);
    const { code, stderr } = await runOnDisk([
      'report',
      board,
      '--out',
      join(directory, 'r.md'),
      '--format',
      'md',
    ]);
    expect([code, stderr]).toEqual([0, '']);
    expect(await readFile(join(directory, 'r.md'), 'utf8')).toMatch(/^# /);
  });
});
