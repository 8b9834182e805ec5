import { afterEach, describe, expect, it } from 'vitest';
import handDrawn from '../../test/fixtures/boards/hand-drawn-grid.json';
import restPage from '../../test/fixtures/rest-page.json';
import {
  startFakeMiroApi,
  type FakeMiroApi,
  type FakeMiroApiOptions,
} from '../../test/fixtures/fakeMiroApi.ts';
import { boardFileToSnapshot } from './boardFileToSnapshot.ts';
import { RestApiError } from '../http/RestApiError.ts';
import { parseBoardFile } from './parseBoardFile.ts';
import { readRestBoard } from './readRestBoard.ts';

const BOARD_ID = 'uXjVKv9mR3Q=';
const TOKEN = 'test-token';
const NOW = Date.UTC(2024, 4, 14, 10, 0, 0);
const PAIN_TAG = '3458764590001000010';
const TAGGED_NOTE = '3458764590001000021';

/** The hand-drawn board as `GET /items` lists it: no item carries `tagIds`. */
const listedItems = handDrawn.data.map((item) => ({ ...item, tagIds: undefined }));

let api: FakeMiroApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function serve(overrides: Partial<FakeMiroApiOptions> = {}) {
  api = await startFakeMiroApi({
    boardId: BOARD_ID,
    token: TOKEN,
    items: listedItems,
    connectors: restPage.connectors,
    tags: handDrawn.tags,
    tagged: { [PAIN_TAG]: [TAGGED_NOTE] },
    itemsPerPage: 10,
    ...overrides,
  });
  return api;
}

function read(server: FakeMiroApi, waits: number[] = [], token = TOKEN) {
  return readRestBoard(BOARD_ID, {
    token,
    baseUrl: server.baseUrl,
    fetch: globalThis.fetch,
    sleep: async (ms) => {
      waits.push(ms);
    },
    now: () => NOW,
  });
}

async function failureOf(promise: Promise<unknown>): Promise<RestApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof RestApiError)) throw new Error(`expected a RestApiError, got ${error}`);
  return error;
}

describe('readRestBoard', () => {
  it('reads every page of items, the connectors, the tags and which items they tag', async () => {
    expect(listedItems).toHaveLength(23); // pages of 10, 10 and 3
    const server = await serve();
    const { file, warnings } = await read(server);
    expect(file.items.map((item) => item.id)).toEqual(handDrawn.data.map((item) => item.id));
    expect(file.connectors.map((connector) => connector.id)).toEqual(['3458764590123456800']);
    expect(file.tags).toEqual([
      { id: PAIN_TAG, type: 'tag', title: 'Pain point', fillColor: 'red' },
    ]);
    const tagged = file.items.find((item) => item.id === TAGGED_NOTE);
    expect(tagged && 'tagIds' in tagged && tagged.tagIds).toEqual([PAIN_TAG]);
    expect(file.journeyMapper).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('asks with the token, the board id URL-encoded and cursors, 50 at a time', async () => {
    const server = await serve();
    await read(server);
    expect(server.requests.map((request) => request.url)).toEqual([
      '/v2/boards/uXjVKv9mR3Q%3D/items?limit=50',
      '/v2/boards/uXjVKv9mR3Q%3D/items?limit=50&cursor=10',
      '/v2/boards/uXjVKv9mR3Q%3D/items?limit=50&cursor=20',
      '/v2/boards/uXjVKv9mR3Q%3D/connectors?limit=50',
      '/v2/boards/uXjVKv9mR3Q%3D/tags?limit=50&offset=0',
      `/v2/boards/uXjVKv9mR3Q%3D/items?tag_id=${PAIN_TAG}&limit=50&offset=0`,
    ]);
    expect(new Set(server.requests.map((request) => request.authorization))).toEqual(
      new Set(['Bearer test-token']),
    );
  });

  it('gives the same snapshot as the board file, apart from what REST cannot hold', async () => {
    const server = await serve();
    const live = boardFileToSnapshot((await read(server)).file);
    const parsed = parseBoardFile(handDrawn);
    if (!parsed.ok) throw parsed.error;
    expect(live).toEqual(boardFileToSnapshot(parsed.value));
  });

  it('reads values it does not know as defaults, on any page, with a warning for each', async () => {
    const items = structuredClone(listedItems);
    const edit = (index: number, style: object) => Object.assign(items[index]?.style ?? {}, style);
    edit(5, { borderStyle: 'unknown' }); // page 1, a lane label
    edit(9, { textAlign: 'unknown', textAlignVertical: 'unknown' }); // page 1, a sticky note
    edit(13, { fillColor: 'magenta' }); // page 2
    edit(21, { textAlign: 'unknown' }); // page 3
    const connectors = structuredClone(restPage.connectors).map((connector) => ({
      ...connector,
      shape: 'unknown',
      style: { ...connector.style, startStrokeCap: 'unknown', endStrokeCap: 'unknown' },
    }));
    const server = await serve({ items, connectors });
    const { file, warnings } = await read(server);
    const sticky = file.items[9];
    if (sticky?.type !== 'sticky_note') throw new Error('expected a sticky note');
    expect(sticky.style).toEqual({
      fillColor: 'light_yellow',
      textAlign: 'center',
      textAlignVertical: 'top',
    });
    expect(file.items[13]).toMatchObject({ style: { fillColor: 'light_yellow' } });
    expect(file.items[5]).toMatchObject({ style: { borderStyle: 'normal' } });
    expect(file.connectors[0]).toMatchObject({
      shape: 'curved',
      style: { startStrokeCap: 'none', endStrokeCap: 'stealth' },
    });
    expect(warnings).toEqual([
      'Item 3458764590001000006: style.borderStyle "unknown" is not a value this app knows; read as "normal"',
      'Item 3458764590001000011: style.textAlign "unknown" is not a value this app knows; read as "center"',
      'Item 3458764590001000011: style.textAlignVertical "unknown" is not a value this app knows; read as "top"',
      'Item 3458764590001000015: style.fillColor "magenta" is not a value this app knows; read as "light_yellow"',
      'Item 3458764590001000023: style.textAlign "unknown" is not a value this app knows; read as "center"',
      'Connector 3458764590123456800: shape "unknown" is not a value this app knows; read as "curved"',
      'Connector 3458764590123456800: style.startStrokeCap "unknown" is not a value this app knows; read as "none"',
      'Connector 3458764590123456800: style.endStrokeCap "unknown" is not a value this app knows; read as "stealth"',
    ]);
  });

  it('waits until X-RateLimit-Reset after a 429, then asks again', async () => {
    const reset = String(NOW / 1000 + 7);
    const server = await serve({
      rateLimit: { request: 1, headers: { 'X-RateLimit-Reset': reset } },
    });
    const waits: number[] = [];
    const { file } = await read(server, waits);
    expect(waits).toEqual([7000]);
    expect(file.items).toHaveLength(23);
    expect(server.requests[1]?.url).toBe(server.requests[2]?.url);
  });

  it('backs off after a 429 without X-RateLimit-Reset', async () => {
    const server = await serve({ rateLimit: { request: 0, headers: {} } });
    const waits: number[] = [];
    await read(server, waits);
    expect(waits).toEqual([1000]);
  });

  it('gives up after five attempts of a rate-limited request', async () => {
    const server = await serve({ failWith: 429 });
    const waits: number[] = [];
    const error = await failureOf(read(server, waits));
    expect(error.reason).toBe('rateLimited');
    expect(error.message).toMatchInlineSnapshot(
      `"Miro is still rate limiting (429) after 5 attempts at GET /items; try again in a minute"`,
    );
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
  });

  it('says when the token is refused', async () => {
    const server = await serve();
    const error = await failureOf(read(server, [], 'wrong'));
    expect(error.message).toMatchInlineSnapshot(
      `"The access token was refused (401): check MIRO_ACCESS_TOKEN"`,
    );
  });

  it('says when the board does not exist', async () => {
    const server = await serve({ boardId: 'other=' });
    const error = await failureOf(read(server));
    expect(error.message).toMatchInlineSnapshot(`"Board uXjVKv9mR3Q= not found (404)"`);
  });

  it('passes on the message of another HTTP error', async () => {
    const server = await serve({ failWith: 500 });
    const error = await failureOf(read(server));
    expect(error.message).toMatchInlineSnapshot(
      `"Miro answered GET /items with HTTP 500: Failure for the test"`,
    );
  });

  it('leaves out an item it cannot read, with a warning, and reads the rest', async () => {
    const items = structuredClone(listedItems);
    const broken = items[12];
    if (!broken) throw new Error('the fixture has fewer items');
    Reflect.set(broken.position, 'x', 'left');
    const server = await serve({ items });
    const { file, warnings } = await read(server);
    expect(file.items.map((item) => item.id)).toEqual(
      listedItems.filter((item) => item.id !== broken.id).map((item) => item.id),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^Item ${broken.id} \\(${broken.type}\\) cannot be read \\(At position\\.x: .*\\); it is left out$`,
        ),
      ),
    );
  });

  it('names the page and the path of an answer that is not as expected', async () => {
    const server = await serve({ tags: [{ id: 'not-digits' }] });
    const error = await failureOf(read(server));
    expect(error.reason).toBe('invalidResponse');
    expect(error.message).toMatch(
      /^Miro's answer for tags, page 1, is not as expected: At data\.0\.id: /,
    );
  });

  it('says when Miro cannot be reached', async () => {
    const server = await serve();
    const { baseUrl } = server;
    await server.close();
    api = undefined;
    const error = await failureOf(
      readRestBoard(BOARD_ID, {
        token: TOKEN,
        baseUrl,
        fetch: globalThis.fetch,
        sleep: async () => {},
        now: () => NOW,
      }),
    );
    expect(error.reason).toBe('network');
    expect(error.message).toMatch(
      /^Could not reach http:\/\/127\.0\.0\.1:\d+: fetch failed \(.*ECONNREFUSED/,
    );
  });
});
