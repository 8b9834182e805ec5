import { afterEach, describe, expect, it } from 'vitest';
import handDrawn from '../test/fixtures/boards/hand-drawn-grid.json';
import { startFakeMiroApi } from '../test/fixtures/fakeMiroApi.ts';
import { sendJson, startLocalServer, type LocalServer } from '../test/fixtures/localServer.ts';
import { memoryCliIo } from '../test/fixtures/memoryCliIo.ts';
import type { CliIo } from './CliIo.ts';
import { runCli } from './runCli.ts';

const BOARD_ID = 'uXjVKv9mR3Q=';
const TOKEN = 'eyJtaXJvLnNlY3JldCI6dHJ1ZX0_cli-secret';

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Runs `argv`; `fetched` counts the requests that reached `fetch`. */
async function run(argv: string[], env: Record<string, string>, fetch?: CliIo['fetch']) {
  let fetched = 0;
  const memory = memoryCliIo(
    {},
    {
      env,
      fetch: (input, init) => {
        fetched++;
        return (fetch ?? globalThis.fetch)(input, init);
      },
    },
  );
  const code = await runCli(argv, memory.io);
  return { code, stdout: memory.stdout(), stderr: memory.stderr(), fetched: () => fetched };
}

describe('runCli report --board never prints the token', () => {
  it.each([
    ['a line break', `${TOKEN}\nsecond-line`],
    ['a carriage return', `${TOKEN}\rsecond-line`],
    ['a space', `${TOKEN} second-line`],
    ['a control character', `${TOKEN}\u0000second-line`],
  ])('refuses a token with %s before any request, naming the variable', async (_what, token) => {
    const { code, stdout, stderr, fetched } = await run(
      ['report', '--board', BOARD_ID, '--debug'],
      { MIRO_ACCESS_TOKEN: token, JOURNEY_MAPPER_API_BASE: 'http://127.0.0.1:9' },
    );
    expect([code, stdout, fetched()]).toEqual([1, '', 0]);
    expect(stderr.split('\n')[0]).toBe(
      'journey-mapper: MIRO_ACCESS_TOKEN is not a token: it holds a line break, a space or another character a token cannot have',
    );
    expect(stderr).not.toContain(TOKEN);
    expect(stderr).not.toContain('second-line');
  });

  it('does not relay a server message that quotes the Authorization header, with --debug', async () => {
    server = await startLocalServer((request, response) =>
      sendJson(response, 500, {
        message: `Cannot use ${request.headers.authorization}`,
        echo: request.headers.authorization,
      }),
    );
    const env = { MIRO_ACCESS_TOKEN: TOKEN, JOURNEY_MAPPER_API_BASE: server.baseUrl };
    const { code, stdout, stderr } = await run(['report', '--board', BOARD_ID, '--debug'], env);
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe('journey-mapper: Miro answered GET /items with HTTP 500');
    expect(`${stdout}${stderr}`).not.toContain(TOKEN);
  });

  it('leaves the token out of a report whose board text holds it', async () => {
    // As a server that echoes the Authorization header into an item would.
    const items = handDrawn.data.map((item) => ({ ...item, tagIds: undefined }));
    Object.assign(items[9]?.data ?? {}, { content: `<p>Bearer ${TOKEN}</p>` });
    server = await startFakeMiroApi({ boardId: BOARD_ID, token: TOKEN, items });
    const env = { MIRO_ACCESS_TOKEN: TOKEN, JOURNEY_MAPPER_API_BASE: server.baseUrl };
    const { code, stdout, stderr } = await run(
      ['report', '--board', BOARD_ID, '--format', 'json'],
      env,
    );
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('Bearer [redacted]');
    expect(stdout).not.toContain(TOKEN);
  });

  it('leaves the token out of --debug stack traces of an error that quotes it', async () => {
    const quoting: CliIo['fetch'] = () =>
      Promise.reject(
        new TypeError('fetch failed', {
          cause: new TypeError(`Headers.append: "Bearer ${TOKEN}" is an invalid header value.`),
        }),
      );
    const env = { MIRO_ACCESS_TOKEN: TOKEN, JOURNEY_MAPPER_API_BASE: 'http://127.0.0.1:9' };
    const { code, stderr } = await run(['report', '--board', BOARD_ID, '--debug'], env, quoting);
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe(
      'journey-mapper: Could not reach http://127.0.0.1:9: fetch failed (Headers.append: "Bearer [redacted]" is an invalid header value.)',
    );
    expect(stderr).toContain('Caused by:');
    expect(stderr).not.toContain(TOKEN);
  });
});

describe('runCli report --board checks the board id before any request', () => {
  it.each([
    ['..', 'it has a dot segment'],
    ['.', 'it has a dot segment'],
    ['a..b', 'it has a dot segment'],
    ['a\\b', 'it has a slash'],
    ['a%2Fb', 'it has a slash'],
    ['a%5cb', 'it has a slash'],
    ['%2e%2e', 'it has a dot segment'],
    ['a\u0007b', 'it has a control character'],
    ['a%0Ab', 'it has a control character'],
    ['a%3Fb', 'it has a ? or #'],
    ['a%zzb', 'it has a broken percent-escape'],
  ])('refuses %j: %s', async (id, problem) => {
    const env = { MIRO_ACCESS_TOKEN: TOKEN, JOURNEY_MAPPER_API_BASE: 'http://127.0.0.1:9' };
    const { code, stderr, fetched } = await run(['report', '--board', id], env);
    expect([code, fetched()]).toEqual([2, 0]);
    expect(stderr.split('\n')[0]).toBe(
      `journey-mapper: --board ${JSON.stringify(id)} is not a board id (${problem}); expected one such as uXjVKv9mR3Q= or the board's URL`,
    );
  });

  it('refuses a dot segment in a board URL', async () => {
    const env = { MIRO_ACCESS_TOKEN: TOKEN, JOURNEY_MAPPER_API_BASE: 'http://127.0.0.1:9' };
    const url = 'https://miro.com/app/board/../';
    const { code, fetched } = await run(['report', '--board', url], env);
    expect([code, fetched()]).toEqual([2, 0]);
  });

  it('sends an id given with percent-escapes encoded once', async () => {
    server = await startFakeMiroApi({ boardId: BOARD_ID, token: TOKEN, items: [] });
    const env = { MIRO_ACCESS_TOKEN: TOKEN, JOURNEY_MAPPER_API_BASE: server.baseUrl };
    const { code } = await run(['report', '--board', 'uXjVKv9mR3Q%3D'], env);
    expect(code).toBe(0);
    expect(server.requests[0]?.url).toBe('/v2/boards/uXjVKv9mR3Q%3D/items?limit=50');
  });
});
