import { afterEach, describe, expect, it } from 'vitest';
import { startFakeMiroApi } from '../test/fixtures/fakeMiroApi.ts';
import {
  drip,
  neverAnswer,
  sendJson,
  startLocalServer,
  type LocalServer,
} from '../test/fixtures/localServer.ts';
import { memoryCliIo } from '../test/fixtures/memoryCliIo.ts';
import { runCli } from './runCli.ts';
import { USAGE } from './usage.ts';

const BOARD_ID = 'uXjVKv9mR3Q=';
const TOKEN = 'cli-token';
const NOW = Date.UTC(2024, 4, 14, 10, 0, 0);

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** `report --board` against `api`; the clock moves only when the command sleeps. */
async function runBoard(api: LocalServer, ...flags: string[]) {
  server = api;
  let time = NOW;
  const memory = memoryCliIo(
    {},
    {
      env: { MIRO_ACCESS_TOKEN: TOKEN, JOURNEY_MAPPER_API_BASE: api.baseUrl },
      fetch: globalThis.fetch,
      sleep: async (ms) => {
        time += ms;
      },
      now: () => time,
    },
  );
  const code = await runCli(['report', '--board', BOARD_ID, ...flags], memory.io);
  return { code, stdout: memory.stdout(), stderr: memory.stderr() };
}

/** Exit 1, nothing on stdout, exactly one line on stderr: that line. */
function oneLine({ code, stdout, stderr }: { code: number; stdout: string; stderr: string }) {
  expect([code, stdout]).toEqual([1, '']);
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  return stderr.trimEnd();
}

describe('runCli report --board always ends', () => {
  it('on a repeating cursor (A, B, A)', async () => {
    const next: Record<string, string> = { start: 'A', A: 'B', B: 'A' };
    const api = await startLocalServer((request, response) => {
      const cursor = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('cursor');
      sendJson(response, 200, { data: [], cursor: next[cursor ?? 'start'] });
    });
    expect(oneLine(await runBoard(api))).toBe(
      "journey-mapper: Miro's list of items does not end: page 3 leads back to page 2 (a cursor it gave before); stopped",
    );
  });

  it('on endless pages that count 60 items', async () => {
    let served = 0;
    const api = await startLocalServer((_request, response) =>
      sendJson(response, 200, { data: [], total: 60, cursor: `page-${++served}` }),
    );
    expect(oneLine(await runBoard(api))).toBe(
      "journey-mapper: Miro's list of items goes on past page 4, though it counts 60 at 50 a page; stopped",
    );
    expect(api.requests).toHaveLength(4); // ceil(60 / 50) + 2
  });

  it('on headers that do not come, after --timeout', async () => {
    const api = await startLocalServer(neverAnswer);
    expect(oneLine(await runBoard(api, '--timeout', '0.2'))).toBe(
      'journey-mapper: Miro did not answer GET /items within 0.2 s (--timeout)',
    );
  });

  it('on a body that drips a byte at a time, after --timeout', async () => {
    const api = await startLocalServer((_request, response) => drip(response, 20));
    expect(oneLine(await runBoard(api, '--timeout', '0.2'))).toBe(
      'journey-mapper: Miro did not answer GET /items within 0.2 s (--timeout)',
    );
  });

  it('at --deadline, when that comes first', async () => {
    const api = await startLocalServer(neverAnswer);
    expect(oneLine(await runBoard(api, '--deadline', '0.2'))).toBe(
      'journey-mapper: Reading board uXjVKv9mR3Q= took longer than the --deadline of 0.2 s; stopped at GET /items',
    );
  });

  it('at once when Miro asks to wait past --deadline', async () => {
    const api = await startFakeMiroApi({
      boardId: BOARD_ID,
      token: TOKEN,
      items: [],
      rateLimit: { request: 0, headers: { 'X-RateLimit-Reset': String(NOW / 1000 + 90) } },
    });
    expect(oneLine(await runBoard(api, '--deadline', '60'))).toBe(
      'journey-mapper: Miro is rate limiting (429) GET /items until 2024-05-14T10:01:30Z, past the --deadline of 60 s; try again then',
    );
    expect(api.requests).toHaveLength(1);
  });
});

describe('runCli report --timeout and --deadline', () => {
  async function usageLine(argv: string[]) {
    const memory = memoryCliIo({ 'board.json': '[]' });
    const code = await runCli(argv, memory.io);
    const [line, ...rest] = memory.stderr().split('\n');
    expect([code, memory.stdout(), rest.join('\n')]).toEqual([2, '', `\n${USAGE}`]);
    return line;
  }

  it.each(['0', '-1', 'soon', '', 'Infinity', '86401'])('refuse %j seconds', async (value) => {
    expect(await usageLine(['report', '--board', BOARD_ID, `--timeout=${value}`])).toBe(
      `journey-mapper: --timeout ${JSON.stringify(value)} is not a number of seconds; give one above 0 and up to 86400, such as 30 or 0.5`,
    );
  });

  it('apply to live reads only', async () => {
    expect(await usageLine(['report', 'board.json', '--deadline', '60'])).toBe(
      'journey-mapper: --deadline applies to --board and --figma-file only',
    );
  });
});
