import { messageOf } from '../messageOf.ts';
import { withoutSecrets } from './withoutSecrets.ts';

export const MIRO_API_BASE = 'https://api.miro.com';
/** How long one request may take, headers and whole body, unless told otherwise. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** How long the whole read may take, requests and waits after 429, unless told otherwise. */
export const DEFAULT_DEADLINE_MS = 300_000;

export type RestApiErrorReason =
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'rateLimited'
  | 'http'
  | 'network'
  | 'timeout'
  | 'deadline'
  | 'badBoardId'
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
  /** Milliseconds one request may take, from sending it to the end of its body. */
  timeoutMs?: number;
  /** Milliseconds all requests and waits together may take, counted from the client's creation. */
  deadlineMs?: number;
};

/** Waits, in milliseconds, after each 429 that carries no usable `X-RateLimit-Reset`. */
const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 16_000];

/**
 * GETs JSON from the Miro REST API v2 with a bearer token, waiting out rate limits (429). Each
 * request ends within its timeout and all of them within the deadline, or fail; no message
 * holds the token.
 */
export class MiroRestClient {
  private readonly baseUrl: string;
  private readonly maxAttempts: number;
  private readonly timeoutMs: number;
  private readonly deadlineMs: number;
  /** Milliseconds since the epoch. */
  private readonly deadlineAt: number;

  constructor(private readonly options: MiroRestClientOptions) {
    this.baseUrl = (options.baseUrl ?? MIRO_API_BASE).replace(/\/+$/, '');
    this.maxAttempts = options.maxAttempts ?? 5;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
    this.deadlineAt = options.now() + this.deadlineMs;
  }

  /** `path` is below `/v2/boards/{board id}`, such as `/items`. */
  async getBoardJson(path: string, query: Record<string, string | number>): Promise<unknown> {
    const search = new URLSearchParams(
      Object.entries(query).map(([key, value]) => [key, String(value)]),
    );
    const board = encodeURIComponent(this.options.boardId);
    const url = `${this.baseUrl}/v2/boards/${board}${path}?${search}`;
    for (let attempt = 1; ; attempt++) {
      const remaining = this.deadlineAt - this.options.now();
      if (remaining <= 0) throw this.deadlineError(path);
      const byDeadline = remaining < this.timeoutMs;
      const signal = AbortSignal.timeout(Math.min(this.timeoutMs, remaining));
      const timedOut = () => (byDeadline ? this.deadlineError(path) : this.timeoutError(path));
      const response = await this.send(url, signal, timedOut);
      if (response.status === 429 && attempt < this.maxAttempts) {
        await response.body?.cancel().catch(() => undefined);
        await this.options.sleep(this.waitAfter429(response, attempt, path));
        continue;
      }
      if (!response.ok) throw await this.httpError(response, path, attempt, signal, timedOut);
      try {
        return await response.json();
      } catch (error) {
        if (signal.aborted) throw timedOut();
        throw new RestApiError(
          'invalidResponse',
          `Miro answered GET ${path} with something that is not JSON (${this.textOf(error)})`,
          { cause: error },
        );
      }
    }
  }

  private async send(
    url: string,
    signal: AbortSignal,
    timedOut: () => RestApiError,
  ): Promise<Response> {
    try {
      return await this.options.fetch(url, {
        headers: { Authorization: `Bearer ${this.options.token}`, Accept: 'application/json' },
        signal,
      });
    } catch (error) {
      if (signal.aborted) throw timedOut();
      const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
      const detail = cause === error ? '' : ` (${this.textOf(cause)})`;
      throw new RestApiError(
        'network',
        `Could not reach ${this.baseUrl}: ${this.textOf(error)}${detail}`,
        { cause: error },
      );
    }
  }

  /**
   * Until `X-RateLimit-Reset` (epoch seconds) when it is given, else a backoff; a wait that
   * would pass the deadline is not begun.
   */
  private waitAfter429(response: Response, attempt: number, path: string): number {
    const now = this.options.now();
    const remaining = this.deadlineAt - now;
    const reset = Number(response.headers.get('X-RateLimit-Reset') ?? Number.NaN);
    if (Number.isFinite(reset) && reset > 0) {
      const wait = Math.max(0, reset * 1000 - now);
      if (wait < remaining) return wait;
      throw new RestApiError(
        'rateLimited',
        `Miro is rate limiting (429) GET ${path} until ${isoSeconds(reset * 1000)}, past the --deadline of ${seconds(this.deadlineMs)}; try again then`,
      );
    }
    const wait = BACKOFF_MS[Math.min(attempt - 1, BACKOFF_MS.length - 1)] ?? 1_000;
    if (wait < remaining) return wait;
    throw this.deadlineError(path);
  }

  private async httpError(
    response: Response,
    path: string,
    attempts: number,
    signal: AbortSignal,
    timedOut: () => RestApiError,
  ) {
    const { status } = response;
    const board = this.options.boardId;
    if ([401, 403, 404, 429].includes(status)) await response.body?.cancel().catch(() => undefined);
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
    }
    const detail = await errorDetail(response);
    if (signal.aborted) return timedOut();
    // Text that holds the token is not passed on, not even redacted: it may hold more of it.
    const shown = detail && !detail.includes(this.options.token) ? `: ${detail}` : '';
    return new RestApiError('http', `Miro answered GET ${path} with HTTP ${status}${shown}`);
  }

  private timeoutError(path: string): RestApiError {
    return new RestApiError(
      'timeout',
      `Miro did not answer GET ${path} within ${seconds(this.timeoutMs)} (--timeout)`,
    );
  }

  private deadlineError(path: string): RestApiError {
    return new RestApiError(
      'deadline',
      `Reading board ${this.options.boardId} took longer than the --deadline of ${seconds(this.deadlineMs)}; stopped at GET ${path}`,
    );
  }

  private textOf(error: unknown): string {
    return withoutSecrets(messageOf(error) ?? String(error), [this.options.token]);
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

/** `1.5 s`, `30 s`: milliseconds as seconds, as the flags take them. */
function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

function isoSeconds(epochMs: number): string {
  const date = new Date(epochMs);
  return Number.isNaN(date.getTime())
    ? `${epochMs / 1000} (epoch seconds)`
    : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
