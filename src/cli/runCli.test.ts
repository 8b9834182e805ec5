import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import twoMaps from '../test/fixtures/boards/two-maps-and-strays.json';
import { memoryCliIo } from '../test/fixtures/memoryCliIo.ts';
import { inspectFile } from './inspectFile.ts';
import { runCli } from './runCli.ts';
import { USAGE } from './usage.ts';

const BOARD = JSON.stringify(twoMaps);
const MAP_A = '3458764590005000001';

async function run(argv: string[], files: Record<string, string> = { 'board.json': BOARD }) {
  const memory = memoryCliIo(files);
  const code = await runCli(argv, memory.io);
  return { code, stdout: memory.stdout(), stderr: memory.stderr(), written: memory.written };
}

/** A usage error: status 2, one line, then a blank line and the usage text; nothing on stdout. */
async function usageError(argv: string[]): Promise<string> {
  const { code, stdout, stderr } = await run(argv);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  const [line, ...rest] = stderr.split('\n');
  expect(rest.join('\n')).toBe(`\n${USAGE}`);
  return line ?? '';
}

/** Bad input: status 1 and exactly one line on stderr; nothing on stdout. */
async function inputError(argv: string[], files?: Record<string, string>): Promise<string> {
  const { code, stdout, stderr } = await run(argv, files);
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  return stderr.trimEnd();
}

describe('runCli usage', () => {
  it('prints the usage on --help', async () => {
    for (const argv of [['--help'], ['-h'], ['report', '--help']]) {
      const { code, stdout, stderr } = await run(argv);
      expect([code, stdout, stderr]).toEqual([0, USAGE, '']);
    }
  });

  it.each([
    [[], 'journey-mapper: No command given'],
    [
      ['frobnicate'],
      'journey-mapper: Unknown command "frobnicate"; the commands are report and templates',
    ],
    [
      ['report'],
      'journey-mapper: report needs a board file, --board <board id> or --figma-file <file key>',
    ],
    [
      ['report', 'board.json', 'b.json'],
      'journey-mapper: report takes one board file; got also "b.json"',
    ],
    [
      ['report', 'board.json', '--board', 'uXjVKv9mR3Q='],
      'journey-mapper: Give report one of a board file, --board <board id> or --figma-file <file key>',
    ],
    [
      ['report', '--board', 'uXjVKv9mR3Q=', '--figma-file', 'Ab3dEf6hIj'],
      'journey-mapper: Give report one of a board file, --board <board id> or --figma-file <file key>',
    ],
    [
      ['report', 'board.json', '--figma-file', 'Ab3dEf6hIj'],
      'journey-mapper: Give report one of a board file, --board <board id> or --figma-file <file key>',
    ],
    [
      ['report', '--figma-file', '../etc'],
      'journey-mapper: --figma-file "../etc" is not a file key (it may hold only letters and digits); expected one such as Ab3dEf6hIj or the file\'s URL',
    ],
    [
      ['report', '--figma-file', 'https://www.figma.com/board/a%2Fb/Journey'],
      'journey-mapper: --figma-file "a%2Fb" is not a file key (it may hold only letters and digits); expected one such as Ab3dEf6hIj or the file\'s URL',
    ],
    [
      ['report', 'board.json', '--format', 'xml'],
      'journey-mapper: --format "xml" is not a format; the formats are md, html, csv, json, mermaid',
    ],
    [
      ['report', 'board.json', '--format'],
      "journey-mapper: Option '--format <value>' argument missing",
    ],
    [['report', 'board.json', '--colour'], "journey-mapper: Unknown option '--colour'"],
    [['report', 'board.json', '--map', ' '], 'journey-mapper: --map needs a value'],
    [
      ['report', '--board', 'a b'],
      'journey-mapper: --board "a b" is not a board id (it has a space); expected one such as uXjVKv9mR3Q= or the board\'s URL',
    ],
    [['templates', '--map', 'x'], 'journey-mapper: --map applies to report only'],
    [['templates', 'extra'], 'journey-mapper: templates takes no arguments; got "extra"'],
  ])('%j is bad usage', async (argv, line) => {
    expect(await usageError(argv)).toBe(line);
  });
});

describe('runCli templates', () => {
  it('lists the catalog, one id and name a line', async () => {
    const { code, stdout, stderr } = await run(['templates']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatchInlineSnapshot(`
      "current-state           Current-state map
      future-state            Future-state map
      day-in-the-life         Day in the life
      service-blueprint       Service blueprint
      example-online-grocery  Example: online grocery
      example-car-service     Example: car service centre
      example-b2b-saas        Example: B2B SaaS purchase
      "
    `);
  });
});

describe('runCli report, bad input', () => {
  it('says which file cannot be read', async () => {
    expect(await inputError(['report', 'missing.json'])).toMatchInlineSnapshot(
      `"journey-mapper: Cannot read missing.json: no such file"`,
    );
  });

  it('says where a file is not JSON', async () => {
    const files = { 'bad.json': '{\n  "data": [\n    {"id": "1",}\n  ]\n}' };
    expect(await inputError(['report', 'bad.json'], files)).toMatch(
      /^journey-mapper: bad\.json: The file is not JSON: .* at line 3 column 16$/,
    );
  });

  it('says where a file has the wrong shape', async () => {
    const json = structuredClone(twoMaps);
    Reflect.set(json.data[3]?.position ?? {}, 'y', 'top');
    const files = { 'shape.json': JSON.stringify(json) };
    expect(await inputError(['report', 'shape.json'], files)).toMatchInlineSnapshot(
      `"journey-mapper: shape.json: At data.3.position.y: Invalid input: expected number, received string"`,
    );
  });

  it('says what a file holds when it is no board at all', async () => {
    expect(await inputError(['report', 'n.json'], { 'n.json': '42' })).toMatchInlineSnapshot(
      `"journey-mapper: n.json: The file must hold an array of items, a page { "data": [...] } or an array of pages; this one holds a number"`,
    );
  });

  it('adds the stack trace with --debug only', async () => {
    const { code, stderr } = await run(['report', 'missing.json', '--debug']);
    expect(code).toBe(1);
    const [line, ...trace] = stderr.trimEnd().split('\n');
    expect(line).toBe('journey-mapper: Cannot read missing.json: no such file');
    expect(trace[0]).toBe('InputError: Cannot read missing.json: no such file');
    expect(trace).toContain('Caused by:');
  });
});

describe('runCli report', () => {
  it('prints JSON with two-space indentation and nothing else', async () => {
    const { code, stdout, stderr } = await run(['report', 'board.json']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.startsWith('{\n  "maps": [\n    {\n      "id": ')).toBe(true);
    expect(stdout.endsWith('}\n')).toBe(true);
    const report: unknown = JSON.parse(stdout);
    expect(Object.keys(report as object).slice(0, 2)).toEqual(['maps', 'warnings']);
  });

  it('dates the report with the time the io gives', async () => {
    const { stdout } = await run(['report', 'board.json']);
    const { generatedAt } = JSON.parse(stdout) as { generatedAt: string };
    // memoryCliIo's clock: Date.UTC(2024, 4, 14, 10, 0, 0)
    expect(generatedAt).toBe('2024-05-14T10:00:00.000Z');
  });

  it.each([
    ['html', '<title>'],
    ['csv', 'Map A: First purchase'],
    // Mermaid's journey syntax has no room for a colon in a title
    ['mermaid', 'journey\n  title Map A First purchase'],
  ])('prints --format %s', async (format, expected) => {
    const { code, stdout, stderr } = await run(['report', 'board.json', '--format', format]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain(expected);
  });

  it('selects a map by exact title in any case', async () => {
    const { code, stdout } = await run(['report', 'board.json', '--map', 'map b: REPEAT purchase']);
    expect(code).toBe(0);
    const { maps } = JSON.parse(stdout) as { maps: { title: string }[] };
    expect(maps.map((map) => map.title)).toEqual(['Map B: Repeat purchase']);
  });

  it('selects a map by frame id', async () => {
    const { stdout } = await run(['report', 'board.json', '--map', MAP_A]);
    const { maps } = JSON.parse(stdout) as { maps: { id: string }[] };
    expect(maps.map((map) => map.id)).toEqual([MAP_A]);
  });

  it('names the maps there are when none matches --map', async () => {
    expect(await inputError(['report', 'board.json', '--map', 'Map C'])).toMatchInlineSnapshot(
      `"journey-mapper: No map with id or title "Map C"; maps on the board: Map A: First purchase, Map B: Repeat purchase"`,
    );
  });

  it('writes the report to --out and keeps stdout and stderr empty', async () => {
    const direct = await run(['report', 'board.json', '--format', 'md']);
    const { code, stdout, stderr, written } = await run([
      'report',
      'board.json',
      '--format',
      'md',
      '--out',
      'report.md',
    ]);
    expect([code, stdout, stderr]).toEqual([0, '', '']);
    expect(written).toEqual({ 'report.md': direct.stdout });
    expect(direct.stdout.startsWith('# Journey report')).toBe(true);
  });

  it('says when --out cannot be written', async () => {
    const memory = memoryCliIo(
      { 'board.json': BOARD },
      { writeFile: () => Promise.reject(new Error("EACCES: permission denied, open '/r.md'")) },
    );
    const code = await runCli(['report', 'board.json', '--out', '/r.md'], memory.io);
    expect(code).toBe(1);
    expect(memory.stderr()).toMatchInlineSnapshot(`
      "journey-mapper: Cannot write /r.md: EACCES: permission denied, open '/r.md'
      "
    `);
  });

  it("lists the values it read as defaults among the JSON report's warnings", async () => {
    const json = structuredClone(twoMaps);
    Object.assign(json.data[7]?.style ?? {}, { textAlign: 'unknown', fillColor: 'magenta' });
    Object.assign(json.data[2]?.style ?? {}, { borderStyle: 'unknown' });
    const { code, stdout, stderr } = await run(['report', 'odd.json'], {
      'odd.json': JSON.stringify(json),
    });
    expect([code, stderr]).toEqual([0, '']);
    const { warnings } = JSON.parse(stdout) as { warnings: string[] };
    expect(warnings).toEqual([
      'Item 3458764590005000003: style.borderStyle "unknown" is not a value this app knows; read as "normal"',
      'Item 3458764590005000008: style.fillColor "magenta" is not a value this app knows; read as "light_yellow"',
      'Item 3458764590005000008: style.textAlign "unknown" is not a value this app knows; read as "center"',
    ]);
  });

  it('reads a board file from disk with the real file system', async () => {
    const path = 'src/test/fixtures/boards/two-maps-and-strays.json';
    const memory = memoryCliIo({}, { readFile: (file) => readFile(file), inspectFile });
    expect(await runCli(['report', path], memory.io)).toBe(0);
  });
});
