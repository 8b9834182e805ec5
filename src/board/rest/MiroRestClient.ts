import { messageOf } from '../messageOf.ts';

export const MIRO_API_BASE = 'https://api.miro.com';

export type RestApiErrorReason =
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'rateLimited'
  | 'http'
  | 'network'
  | 'invalidResponse';

/** A request to Miro failed; `message` is one line fit to show as it is. */
export class RestApiError extends Error {
  override name = 'RestApiError';
  constructor(
    readonly reason: RestApiErrorReason,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export type MiroRestClientOptions = {
  token: string;
  /** The board the requests are about, named in error messages. */
  boardId: string;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  /** Milliseconds since the epoch. */
  now: () => number;
  /** Default `https://api.miro.com`; tests point it at a local server. */
  baseUrl?: string;
  /** How many times one request is sent before rate limiting (429) counts as failure. */
  maxAttempts?: number;
};

/** Waits, in milliseconds, after each 429 that carries no usable `X-RateLimit-Reset`. */
const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 16_000];
/** A reset further away than this is not waited for. */
const MAX_WAIT_MS = 65_000;

/** GETs JSON from the Miro REST API v2 with a bearer token, waiting out rate limits (429). */
export class MiroRestClient {
  private readonly baseUrl: string;
  private readonly maxAttempts: number;

  constructor(private readonly options: MiroRestClientOptions) {
    this.baseUrl = (options.baseUrl ?? MIRO_API_BASE).replace(/\/+$/, '');
    this.maxAttempts = options.maxAttempts ?? 5;
  }

  /** `path` is below `/v2/boards/{board id}`, such as `/items`. */
  async getBoardJson(path: string, query: Record<string, string | number>): Promise<unknown> {
    const search = new URLSearchParams(
      Object.entries(query).map(([key, value]) => [key, String(value)]),
    );
    const board = encodeURIComponent(this.options.boardId);
    const url = `${this.baseUrl}/v2/boards/${board}${path}?${search}`;
    for (let attempt = 1; ; attempt++) {
      const response = await this.send(url);
      if (response.status === 429 && attempt < this.maxAttempts) {
        await response.body?.cancel();
        await this.options.sleep(this.waitAfter429(response, attempt));
        continue;
      }
      if (!response.ok) throw await this.httpError(response, path, attempt);
      try {
        return await response.json();
      } catch (error) {
        throw new RestApiError(
          'invalidResponse',
          `Miro answered GET ${path} with something that is not JSON (${textOf(error)})`,
          { cause: error },
        );
      }
    }
  }

  private async send(url: string): Promise<Response> {
    try {
      return await this.options.fetch(url, {
        headers: { Authorization: `Bearer ${this.options.token}`, Accept: 'application/json' },
      });
    } catch (error) {
      const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
      throw new RestApiError(
        'network',
        `Could not reach ${this.baseUrl}: ${textOf(error)}${cause === error ? '' : ` (${textOf(cause)})`}`,
        { cause: error },
      );
    }
  }

  /** Until `X-RateLimit-Reset` (epoch seconds) when it is given and near, else a backoff. */
  private waitAfter429(response: Response, attempt: number): number {
    const reset = Number(response.headers.get('X-RateLimit-Reset') ?? Number.NaN);
    if (Number.isFinite(reset) && reset > 0) {
      const wait = reset * 1000 - this.options.now();
      if (wait <= MAX_WAIT_MS) return Math.max(0, wait);
    }
    return BACKOFF_MS[Math.min(attempt - 1, BACKOFF_MS.length - 1)] ?? 1_000;
  }

  private async httpError(response: Response, path: string, attempts: number) {
    const { status } = response;
    const detail = await errorDetail(response);
    const board = this.options.boardId;
    switch (status) {
      case 401:
        return new RestApiError(
          'unauthorized',
          'The access token was refused (401): check MIRO_ACCESS_TOKEN',
        );
      case 403:
        return new RestApiError(
          'forbidden',
          `The access token may not read board ${board} (403): it needs the boards:read scope and access to the board`,
        );
      case 404:
        return new RestApiError('notFound', `Board ${board} not found (404)`);
      case 429:
        return new RestApiError(
          'rateLimited',
          `Miro is still rate limiting (429) after ${attempts} attempts at GET ${path}; try again in a minute`,
        );
      default:
        return new RestApiError(
          'http',
          `Miro answered GET ${path} with HTTP ${status}${detail ? `: ${detail}` : ''}`,
        );
    }
  }
}

/** The `message` of Miro's error body `{ type: "error", code, message, status }`, on one line. */
async function errorDetail(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    const message =
      typeof body === 'object' && body !== null ? Reflect.get(body, 'message') : undefined;
    return typeof message === 'string' ? message.replace(/\s+/g, ' ').trim() : '';
  } catch {
    return '';
  }
}

function textOf(error: unknown): string {
  return messageOf(error) ?? String(error);
}
