import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeMiroApi } from '../../test/fixtures/fakeMiroApi.ts';
import {
  drip,
  neverAnswer,
  sendJson,
  startLocalServer,
  type LocalHandler,
  type LocalServer,
} from '../../test/fixtures/localServer.ts';
import { RestApiError } from '../http/RestApiError.ts';
import { readRestBoard, type RestBoardReaderOptions } from './readRestBoard.ts';

const BOARD_ID = 'uXjVKv9mR3Q=';
const TOKEN = 'test-token';
const NOW = Date.UTC(2024, 4, 14, 10, 0, 0);

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handle: LocalHandler): Promise<LocalServer> {
  server = await startLocalServer(handle);
  return server;
}

/** A clock that moves only when the reader sleeps, by as long as it sleeps. */
function readOn(
  api: LocalServer,
  options: Partial<RestBoardReaderOptions> = {},
  waits: number[] = [],
) {
  let time = NOW;
  return readRestBoard(BOARD_ID, {
    token: TOKEN,
    baseUrl: api.baseUrl,
    fetch: globalThis.fetch,
    sleep: async (ms) => {
      waits.push(ms);
      time += ms;
    },
    now: () => time,
    ...options,
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

const cursorOf = (url: string | undefined) =>
  new URL(url ?? '/', 'http://127.0.0.1').searchParams.get('cursor');

/** `GET /items` answers with `page(the cursor asked for)`; the other lists are empty. */
function itemPages(page: (cursor: string | null) => object): LocalHandler {
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.endsWith('/items'))
      return sendJson(response, 200, page(cursorOf(request.url)));
    sendJson(response, 200, { data: [], total: 0 });
  };
}

describe('readRestBoard ends on a list that does not', () => {
  it('stops at a cursor it was given before (A, B, A)', async () => {
    const next: Record<string, string> = { start: 'A', A: 'B', B: 'A' };
    const api = await serve(itemPages((cursor) => ({ data: [], cursor: next[cursor ?? 'start'] })));
    const error = await failureOf(readOn(api));
    expect(error.reason).toBe('invalidResponse');
    expect(error.message).toMatchInlineSnapshot(
      `"Miro's list of items does not end: page 3 leads back to page 2 (a cursor it gave before); stopped"`,
    );
    expect(api.requests.map((request) => cursorOf(request.url))).toEqual([null, 'A', 'B']);
  });

  it('stops at a cursor that points to its own page', async () => {
    const api = await serve(itemPages(() => ({ data: [], cursor: 'same' })));
    const error = await failureOf(readOn(api));
    expect(error.message).toMatchInlineSnapshot(
      `"Miro's list of items does not end: page 2 leads back to page 2 (a cursor it gave before); stopped"`,
    );
  });

  it('reads no more pages than the total needs and two more', async () => {
    let served = 0;
    const api = await serve(
      itemPages(() => ({ data: [], total: 100, limit: 50, cursor: `page-${++served}` })),
    );
    const error = await failureOf(readOn(api));
    expect(error.message).toMatchInlineSnapshot(
      `"Miro's list of items goes on past page 4, though it counts 100 at 50 a page; stopped"`,
    );
    expect(api.requests).toHaveLength(4); // 100 / 50 + 2
  });

  it('reads at most maxPages of a list that gives no total', async () => {
    let served = 0;
    const api = await serve(itemPages(() => ({ data: [], cursor: `page-${++served}` })));
    const error = await failureOf(readOn(api, { maxPages: 5 }));
    expect(error.message).toMatchInlineSnapshot(
      `"Miro's list of items goes on past page 5, the most this reads of one list; stopped"`,
    );
    expect(api.requests).toHaveLength(5);
  });

  it('reads at most maxPages of full offset pages that give no total', async () => {
    const fullPage = {
      data: Array.from({ length: 50 }, (_, index) => ({
        id: String(index + 1),
        type: 'tag',
        title: 'Pain point',
        fillColor: 'red',
      })),
    };
    const api = await serve((request, response) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (url.pathname.endsWith('/tags')) return sendJson(response, 200, fullPage);
      sendJson(response, 200, { data: [] });
    });
    const error = await failureOf(readOn(api, { maxPages: 3 }));
    expect(error.message).toMatchInlineSnapshot(
      `"Miro's list of tags goes on past page 3, the most this reads of one list; stopped"`,
    );
  });
});

describe('readRestBoard ends on a server that is slow', () => {
  it('gives up on a request whose headers do not come within the timeout', async () => {
    const api = await serve(neverAnswer);
    const error = await failureOf(readOn(api, { timeoutMs: 200 }));
    expect(error.reason).toBe('timeout');
    expect(error.message).toMatchInlineSnapshot(
      `"Miro did not answer GET /items within 0.2 s (--timeout)"`,
    );
  });

  it('gives up on a body that drips more often than the timeout but never ends', async () => {
    const api = await serve((_request, response: ServerResponse) => drip(response, 20));
    const error = await failureOf(readOn(api, { timeoutMs: 200 }));
    expect(error.reason).toBe('timeout');
    expect(error.message).toMatchInlineSnapshot(
      `"Miro did not answer GET /items within 0.2 s (--timeout)"`,
    );
  });

  it('gives up on a dripping error body too', async () => {
    const api = await serve((_request, response) => {
      response.writeHead(500, { 'Content-Type': 'application/json' });
      response.write('{"message":"');
      const timer = setInterval(() => response.write('x'), 20);
      response.on('close', () => clearInterval(timer));
    });
    const error = await failureOf(readOn(api, { timeoutMs: 200 }));
    expect(error.reason).toBe('timeout');
  });

  it('stops a request when the deadline comes before its timeout', async () => {
    const api = await serve(neverAnswer);
    const error = await failureOf(readOn(api, { timeoutMs: 60_000, deadlineMs: 200 }));
    expect(error.reason).toBe('deadline');
    expect(error.message).toMatchInlineSnapshot(
      `"Reading board uXjVKv9mR3Q= took longer than the --deadline of 0.2 s; stopped at GET /items"`,
    );
  });

  it('does not begin a backoff after a 429 that would pass the deadline', async () => {
    const api = await startFakeMiroApi({
      boardId: BOARD_ID,
      token: TOKEN,
      items: [],
      failWith: 429,
    });
    server = api;
    const waits: number[] = [];
    const error = await failureOf(readOn(api, { deadlineMs: 10_000 }, waits));
    expect(error.reason).toBe('deadline');
    expect(waits).toEqual([1000, 2000, 4000]); // 7 s waited; 8 s more would end at 15 s
    expect(api.requests).toHaveLength(4);
  });

  it('fails at once when X-RateLimit-Reset is past the deadline, saying when to come back', async () => {
    const api = await startFakeMiroApi({
      boardId: BOARD_ID,
      token: TOKEN,
      items: [],
      rateLimit: { request: 0, headers: { 'X-RateLimit-Reset': String(NOW / 1000 + 600) } },
    });
    server = api;
    const waits: number[] = [];
    const error = await failureOf(readOn(api, { deadlineMs: 300_000 }, waits));
    expect(error.reason).toBe('rateLimited');
    expect(error.message).toMatchInlineSnapshot(
      `"Miro is rate limiting (429) GET /items until 2024-05-14T10:10:00Z, past the --deadline of 300 s; try again then"`,
    );
    expect([waits, api.requests.length]).toEqual([[], 1]);
  });
});

describe('readRestBoard keeps the token to itself', () => {
  it('does not pass on an error message that quotes the Authorization header', async () => {
    const api = await serve((request, response) =>
      sendJson(response, 500, { message: `Bad header: ${request.headers.authorization}` }),
    );
    const error = await failureOf(readOn(api));
    expect(error.message).toMatchInlineSnapshot(`"Miro answered GET /items with HTTP 500"`);
  });

  it('sends no request for an id that is not a board id', async () => {
    const api = await serve(neverAnswer);
    const error = await failureOf(
      readRestBoard('%2e%2e', {
        token: TOKEN,
        baseUrl: api.baseUrl,
        fetch: globalThis.fetch,
        sleep: async () => {},
        now: () => NOW,
      }),
    );
    expect(error.reason).toBe('badBoardId');
    expect(error.message).toBe('"%2e%2e" is not a board id: it has a dot segment');
    expect(api.requests).toEqual([]);
  });

  it('stops at an answer larger than 64 MiB, before reading it', async () => {
    const api = await serve(neverAnswer);
    // 64 × 1024 × 1024 + 1 bytes declared
    const fetch = async () =>
      new Response('{"data": []}', { headers: { 'Content-Length': '67108865' } });
    const error = await failureOf(readOn(api, { fetch }));
    expect([error.reason, error.message]).toEqual([
      'tooLarge',
      "Miro's answer to GET /items is larger than 64 MiB, the most this reads of one page; stopped",
    ]);
  });
});
