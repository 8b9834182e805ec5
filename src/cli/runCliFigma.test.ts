import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
  drip,
  sendJson,
  startLocalServer,
  type LocalServer,
} from '../test/fixtures/localServer.ts';
import { memoryCliIo } from '../test/fixtures/memoryCliIo.ts';
import type { CliIo } from './CliIo.ts';
import { runCli } from './runCli.ts';

const KEY = 'Ab3dEf6hIj';
const TOKEN = 'figd_cli-figma-secret';
const NOW = Date.UTC(2024, 4, 14, 10, 0, 0);
const MAP = readFileSync(
  new URL('../test/fixtures/figjam/hand-made-map.json', import.meta.url),
  'utf8',
);

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A stand-in for `GET /v1/files/:key`: 403 to a wrong `X-Figma-Token`, else as `answer` says. */
async function serve(
  answer: (response: ServerResponse, index: number) => void = (response) =>
    sendText(response, 200, MAP),
): Promise<LocalServer> {
  server = await startLocalServer((request, response, index) => {
    if (request.headers['x-figma-token'] !== TOKEN)
      return sendJson(response, 403, { status: 403, err: 'Invalid token' });
    answer(response, index);
  });
  return server;
}

function sendText(response: ServerResponse, status: number, text: string) {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(text);
}

/** `report --figma-file`; the clock moves only when the command sleeps. */
async function runFigma(
  argv: string[],
  env: Record<string, string | undefined> = {},
  fetch: CliIo['fetch'] = globalThis.fetch,
) {
  let time = NOW;
  const waits: number[] = [];
  let fetched = 0;
  const memory = memoryCliIo(
    {},
    {
      env: {
        FIGMA_ACCESS_TOKEN: TOKEN,
        JOURNEY_MAPPER_FIGMA_API_BASE: server?.baseUrl ?? 'http://127.0.0.1:9',
        ...env,
      },
      fetch: (input, init) => {
        fetched++;
        return fetch(input, init);
      },
      sleep: async (ms) => {
        waits.push(ms);
        time += ms;
      },
      now: () => time,
    },
  );
  const code = await runCli(['report', ...argv], memory.io);
  return { code, stdout: memory.stdout(), stderr: memory.stderr(), waits, fetched };
}

/** Exit 1, nothing on stdout, exactly one line on stderr: that line. */
function oneLine({ code, stdout, stderr }: { code: number; stdout: string; stderr: string }) {
  expect([code, stdout]).toEqual([1, '']);
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  return stderr.trimEnd();
}

type Report = { maps: { title: string; notes: { text: string }[] }[] };

describe('runCli report --figma-file', () => {
  it('reads the live FigJam file with X-Figma-Token and shared plugin data', async () => {
    const api = await serve();
    const { code, stdout, stderr, waits } = await runFigma(['--figma-file', KEY]);
    expect([code, stderr, waits]).toEqual([0, '', []]);
    const report = JSON.parse(stdout) as Report;
    expect(report.maps.map((map) => map.title)).toEqual(['Online shop journey']);
    expect(report.maps[0]?.notes.map((note) => note.text)).toContain('Guest checkout');
    expect(api.requests.map((request) => request.url)).toEqual([
      '/v1/files/Ab3dEf6hIj?plugin_data=shared',
    ]);
  });

  it("accepts the board's URL for its key", async () => {
    const api = await serve();
    const url = `https://www.figma.com/board/${KEY}/Online-shop?node-id=0-1`;
    const { code } = await runFigma(['--figma-file', url]);
    expect(code).toBe(0);
    expect(api.requests[0]?.url).toBe('/v1/files/Ab3dEf6hIj?plugin_data=shared');
  });

  it('waits Retry-After seconds after a 429, then reads the file', async () => {
    const api = await serve((response, index) =>
      index === 0
        ? sendJson(
            response,
            429,
            { status: 429, err: 'Rate limit exceeded' },
            { 'Retry-After': '3' },
          )
        : sendText(response, 200, MAP),
    );
    const { code, stderr, waits } = await runFigma(['--figma-file', KEY]);
    expect([code, stderr, waits]).toEqual([0, '', [3000]]);
    expect(api.requests).toHaveLength(2);
  });

  it('waits until a Retry-After date after a 429, then reads the file', async () => {
    await serve((response, index) =>
      index === 0
        ? sendJson(
            response,
            429,
            { status: 429 },
            { 'Retry-After': new Date(NOW + 5000).toUTCString() },
          )
        : sendText(response, 200, MAP),
    );
    const { code, stderr, waits } = await runFigma(['--figma-file', KEY]);
    expect([code, stderr, waits]).toEqual([0, '', [5000]]);
  });

  it('backs off 1 s after a 429 without Retry-After, then reads the file', async () => {
    await serve((response, index) =>
      index === 0 ? sendJson(response, 429, { status: 429 }) : sendText(response, 200, MAP),
    );
    const { code, stderr, waits } = await runFigma(['--figma-file', KEY]);
    expect([code, stderr, waits]).toEqual([0, '', [1000]]);
  });

  it('fails at once when Retry-After lies past --deadline', async () => {
    const api = await serve((response) =>
      sendJson(response, 429, { status: 429 }, { 'Retry-After': '90' }),
    );
    const result = await runFigma(['--figma-file', KEY, '--deadline', '60']);
    expect(oneLine(result)).toBe(
      'journey-mapper: Figma is rate limiting (429) GET /v1/files/Ab3dEf6hIj for 90 s (Retry-After), past the --deadline of 60 s; try again then',
    );
    expect(result.waits).toEqual([]);
    expect(api.requests).toHaveLength(1);
  });

  it('ends a body that drips a byte at a time by --timeout', async () => {
    await serve((response) => drip(response, 20));
    expect(oneLine(await runFigma(['--figma-file', KEY, '--timeout', '0.2']))).toBe(
      'journey-mapper: Figma did not answer GET /v1/files/Ab3dEf6hIj within 0.2 s (--timeout)',
    );
  });

  it('says when the token may not read the file (403)', async () => {
    await serve();
    expect(
      oneLine(await runFigma(['--figma-file', KEY], { FIGMA_ACCESS_TOKEN: 'figd_other' })),
    ).toBe(
      'journey-mapper: The access token may not read Figma file Ab3dEf6hIj (403): check FIGMA_ACCESS_TOKEN; it needs the file_content:read scope and access to the file',
    );
  });

  it('says when there is no such file (404)', async () => {
    await serve((response) => sendJson(response, 404, { status: 404, err: 'Not found' }));
    expect(oneLine(await runFigma(['--figma-file', KEY]))).toBe(
      'journey-mapper: Figma file Ab3dEf6hIj not found (404)',
    );
  });

  it('refuses a design file in one line', async () => {
    await serve((response) =>
      sendText(response, 200, MAP.replace('"editorType": "figjam"', '"editorType": "figma"')),
    );
    expect(oneLine(await runFigma(['--figma-file', KEY]))).toBe(
      'journey-mapper: File Ab3dEf6hIj: This is a Figma "figma" file; only FigJam files (editorType "figjam") are read',
    );
  });

  it('refuses an answer nested a million levels deep in one line, never a stack overflow', async () => {
    const deep = `${'{"id":"1","type":"FRAME","children":['.repeat(1_000_000)}${']}'.repeat(1_000_000)}`;
    await serve((response) =>
      sendText(response, 200, `{"editorType": "figjam", "document": ${deep}}`),
    );
    // level 65 is the [ of the 32nd node: 37 + 31 × 37 + 37, as in a file
    expect(oneLine(await runFigma(['--figma-file', KEY]))).toBe(
      "journey-mapper: Figma's answer for file Ab3dEf6hIj nests deeper than 64 levels at line 1 column 1221",
    );
  });

  it('says when the token is missing', async () => {
    expect(oneLine(await runFigma(['--figma-file', KEY], { FIGMA_ACCESS_TOKEN: undefined }))).toBe(
      'journey-mapper: FIGMA_ACCESS_TOKEN is not set: --figma-file needs a Figma personal access token with the file_content:read scope',
    );
  });

  it('sends a token over plain http to this machine only', async () => {
    const { code, stderr, fetched } = await runFigma(['--figma-file', KEY], {
      JOURNEY_MAPPER_FIGMA_API_BASE: 'http://example.com',
    });
    expect([code, fetched]).toEqual([2, 0]);
    expect(stderr.split('\n')[0]).toBe(
      'journey-mapper: JOURNEY_MAPPER_FIGMA_API_BASE may use plain http only for 127.0.0.1 or localhost',
    );
  });
});

describe('runCli report --figma-file never prints the token', () => {
  it.each([
    ['a line break', `${TOKEN}\nsecond-line`],
    ['a space', `${TOKEN} second-line`],
  ])('refuses a token with %s before any request, naming the variable', async (_what, token) => {
    const { code, stdout, stderr, fetched } = await runFigma(['--figma-file', KEY, '--debug'], {
      FIGMA_ACCESS_TOKEN: token,
    });
    expect([code, stdout, fetched]).toEqual([1, '', 0]);
    expect(stderr.split('\n')[0]).toBe(
      'journey-mapper: FIGMA_ACCESS_TOKEN is not a token: it holds a line break, a space or another character a token cannot have',
    );
    expect(stderr).not.toContain(TOKEN);
    expect(stderr).not.toContain('second-line');
  });

  it('does not relay a server message that quotes the token, with --debug', async () => {
    await serve((response) => sendJson(response, 500, { status: 500, err: `Bad token ${TOKEN}` }));
    const { code, stdout, stderr } = await runFigma(['--figma-file', KEY, '--debug']);
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe(
      'journey-mapper: Figma answered GET /v1/files/Ab3dEf6hIj with HTTP 500',
    );
    expect(`${stdout}${stderr}`).not.toContain(TOKEN);
  });

  it('leaves the token out of a report whose file text holds it', async () => {
    await serve((response) =>
      sendText(response, 200, MAP.replace('"Guest checkout"', `"Token ${TOKEN}"`)),
    );
    const { code, stdout, stderr } = await runFigma(['--figma-file', KEY, '--debug']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('Token [redacted]');
    expect(stdout).not.toContain(TOKEN);
  });

  it('leaves the token out of --debug stack traces of an error that quotes it', async () => {
    const quoting: CliIo['fetch'] = () =>
      Promise.reject(
        new TypeError('fetch failed', {
          cause: new TypeError(`Headers.append: "${TOKEN}" is an invalid header value.`),
        }),
      );
    const { code, stderr } = await runFigma(['--figma-file', KEY, '--debug'], {}, quoting);
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe(
      'journey-mapper: Could not reach http://127.0.0.1:9: fetch failed (Headers.append: "[redacted]" is an invalid header value.)',
    );
    expect(stderr).toContain('Caused by:');
    expect(stderr).not.toContain(TOKEN);
  });
});
