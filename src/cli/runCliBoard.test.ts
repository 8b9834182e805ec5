import { afterEach, describe, expect, it } from 'vitest';
import handDrawn from '../test/fixtures/boards/hand-drawn-grid.json';
import { startFakeMiroApi, type FakeMiroApi } from '../test/fixtures/fakeMiroApi.ts';
import { memoryCliIo } from '../test/fixtures/memoryCliIo.ts';
import { runCli } from './runCli.ts';

const BOARD_ID = 'uXjVKv9mR3Q=';
const TOKEN = 'cli-token';
const NOW = Date.UTC(2024, 4, 14, 10, 0, 0);

const listedItems = handDrawn.data.map((item) => ({ ...item, tagIds: undefined }));

let api: FakeMiroApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function serve(items: readonly { id: string }[] = listedItems): Promise<FakeMiroApi> {
  api = await startFakeMiroApi({
    boardId: BOARD_ID,
    token: TOKEN,
    items,
    tags: handDrawn.tags,
    tagged: { '3458764590001000010': ['3458764590001000021'] },
    itemsPerPage: 10,
    rateLimit: { request: 2, headers: { 'X-RateLimit-Reset': String(NOW / 1000 + 2) } },
  });
  return api;
}

/** `--board` against the local server: the token and the base URL come from the environment. */
async function runBoard(argv: string[], env: Record<string, string>) {
  const waits: number[] = [];
  const memory = memoryCliIo(
    {},
    {
      env,
      fetch: globalThis.fetch,
      sleep: async (ms) => {
        waits.push(ms);
      },
      now: () => NOW,
    },
  );
  const code = await runCli(argv, memory.io);
  return { code, stdout: memory.stdout(), stderr: memory.stderr(), waits };
}

describe('runCli report --board', () => {
  it('reads the live board and prints its report', async () => {
    const server = await serve();
    const env = { MIRO_ACCESS_TOKEN: TOKEN, JOURNEY_MAPPER_API_BASE: server.baseUrl };
    const { code, stdout, stderr, waits } = await runBoard(
      ['report', '--board', BOARD_ID, '--format', 'json'],
      env,
    );
    expect([code, stderr]).toEqual([0, '']);
    expect(waits).toEqual([2000]);
    const report = JSON.parse(stdout) as { maps: { title: string; notes: { id: string }[] }[] };
    expect(report.maps.map((map) => map.title)).toEqual(['Checkout journey']);
    const tagged = report.maps[0]?.notes.find((note) => note.id === '3458764590001000021');
    expect(tagged).toMatchObject({ tags: ['Pain point'] });
    expect(server.requests.every((request) => request.authorization === `Bearer ${TOKEN}`)).toBe(
      true,
    );
    expect(server.requests[0]?.url).toBe('/v2/boards/uXjVKv9mR3Q%3D/items?limit=50');
  });

  it("lists the values it read as defaults among the JSON report's warnings", async () => {
    const items = structuredClone(listedItems);
    Object.assign(items[9]?.style ?? {}, { textAlignVertical: 'unknown' });
    const server = await serve(items);
    const env = { MIRO_ACCESS_TOKEN: TOKEN, JOURNEY_MAPPER_API_BASE: server.baseUrl };
    const { code, stdout } = await runBoard(['report', '--board', BOARD_ID], env);
    expect(code).toBe(0);
    const { warnings } = JSON.parse(stdout) as { warnings: string[] };
    expect(warnings).toEqual([
      'Item 3458764590001000011: style.textAlignVertical "unknown" is not a value this app knows; read as "top"',
    ]);
  });

  it("accepts the board's URL for its id", async () => {
    const server = await serve();
    const env = { MIRO_ACCESS_TOKEN: TOKEN, JOURNEY_MAPPER_API_BASE: server.baseUrl };
    const url = 'https://miro.com/app/board/uXjVKv9mR3Q=/?moveToWidget=345';
    const { code } = await runBoard(['report', '--board', url], env);
    expect(code).toBe(0);
  });

  it('says when the token is missing', async () => {
    const { code, stderr } = await runBoard(['report', '--board', BOARD_ID], {});
    expect(code).toBe(1);
    expect(stderr).toMatchInlineSnapshot(`
      "journey-mapper: MIRO_ACCESS_TOKEN is not set: --board needs a Miro access token with the boards:read scope
      "
    `);
  });

  it('says when the token is refused', async () => {
    const server = await serve();
    const env = { MIRO_ACCESS_TOKEN: 'expired', JOURNEY_MAPPER_API_BASE: server.baseUrl };
    const { code, stdout, stderr } = await runBoard(['report', '--board', BOARD_ID], env);
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toMatchInlineSnapshot(`
      "journey-mapper: The access token was refused (401): check MIRO_ACCESS_TOKEN
      "
    `);
  });

  it('says when the board does not exist', async () => {
    const server = await serve();
    const env = { MIRO_ACCESS_TOKEN: TOKEN, JOURNEY_MAPPER_API_BASE: server.baseUrl };
    const { code, stderr } = await runBoard(['report', '--board', 'o9J_other='], env);
    expect(code).toBe(1);
    expect(stderr).toBe('journey-mapper: Board o9J_other= not found (404)\n');
  });

  it('says when the network fails', async () => {
    const server = await serve();
    const env = { MIRO_ACCESS_TOKEN: TOKEN, JOURNEY_MAPPER_API_BASE: server.baseUrl };
    await server.close();
    api = undefined;
    const { code, stderr } = await runBoard(['report', '--board', BOARD_ID], env);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^journey-mapper: Could not reach http:\/\/127\.0\.0\.1:\d+: fetch failed/,
    );
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('sends a token over plain http to this machine only', async () => {
    const env = { MIRO_ACCESS_TOKEN: TOKEN, JOURNEY_MAPPER_API_BASE: 'http://example.com' };
    const { code, stderr } = await runBoard(['report', '--board', BOARD_ID], env);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(
      'journey-mapper: JOURNEY_MAPPER_API_BASE may use plain http only for 127.0.0.1 or localhost',
    );
  });
});
