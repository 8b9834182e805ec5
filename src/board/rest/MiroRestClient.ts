import {
  DEFAULT_DEADLINE_MS,
  DEFAULT_TIMEOUT_MS,
  isoSeconds,
  RequestBudget,
  seconds,
} from '../http/RequestBudget.ts';
import { errorDetail } from '../http/errorDetail.ts';
import { readBodyBytes } from '../http/readBodyBytes.ts';
import { RestApiError } from '../http/RestApiError.ts';
import { errorText } from '../http/withoutSecrets.ts';

export const MIRO_API_BASE = 'https://api.miro.com';
/** The largest answer read for one request: a page of 50 items is some 100 kB. */
export const MAX_MIRO_ANSWER_BYTES = 64 * 1024 * 1024;

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

/**
 * GETs JSON from the Miro REST API v2 with a bearer token, waiting out rate limits (429). Each
 * request ends within its timeout and all of them within the deadline, or fail; no message
 * holds the token.
 */
export class MiroRestClient {
  private readonly baseUrl: string;
  private readonly maxAttempts: number;
  private readonly budget: RequestBudget;

  constructor(private readonly options: MiroRestClientOptions) {
    this.baseUrl = (options.baseUrl ?? MIRO_API_BASE).replace(/\/+$/, '');
    this.maxAttempts = options.maxAttempts ?? 5;
    this.budget = new RequestBudget(
      options.now,
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      options.deadlineMs ?? DEFAULT_DEADLINE_MS,
    );
  }

  /** `path` is below `/v2/boards/{board id}`, such as `/items`. */
  async getBoardJson(path: string, query: Record<string, string | number>): Promise<unknown> {
    const search = new URLSearchParams(
      Object.entries(query).map(([key, value]) => [key, String(value)]),
    );
    const board = encodeURIComponent(this.options.boardId);
    const url = `${this.baseUrl}/v2/boards/${board}${path}?${search}`;
    for (let attempt = 1; ; attempt++) {
      const request = this.budget.nextRequest();
      if (!request) throw this.deadlineError(path);
      const { signal, byDeadline } = request;
      const timedOut = () => (byDeadline ? this.deadlineError(path) : this.timeoutError(path));
      const response = await this.send(url, signal, timedOut);
      if (response.status === 429 && attempt < this.maxAttempts) {
        await response.body?.cancel().catch(() => undefined);
        await this.options.sleep(this.waitAfter429(response, attempt, path));
        continue;
      }
      if (!response.ok) throw await this.httpError(response, path, attempt, signal, timedOut);
      let bytes: Uint8Array | undefined;
      try {
        bytes = await readBodyBytes(response, MAX_MIRO_ANSWER_BYTES);
      } catch (error) {
        if (signal.aborted) throw timedOut();
        throw new RestApiError(
          'network',
          `Miro's answer to GET ${path} broke off: ${this.textOf(error)}`,
          { cause: error },
        );
      }
      if (bytes === undefined)
        throw new RestApiError(
          'tooLarge',
          `Miro's answer to GET ${path} is larger than ${MAX_MIRO_ANSWER_BYTES / (1024 * 1024)} MiB, the most this reads of one page; stopped`,
        );
      try {
        return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
      } catch (error) {
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
    const reset = Number(response.headers.get('X-RateLimit-Reset') ?? Number.NaN);
    const asked =
      Number.isFinite(reset) && reset > 0
        ? Math.max(0, reset * 1000 - this.options.now())
        : undefined;
    const decision = this.budget.retryWait(asked, attempt);
    if ('wait' in decision) return decision.wait;
    if ('askedPastDeadline' in decision)
      throw new RestApiError(
        'rateLimited',
        `Miro is rate limiting (429) GET ${path} until ${isoSeconds(reset * 1000)}, past the --deadline of ${seconds(this.budget.deadlineMs)}; try again then`,
      );
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
    const detail = await errorDetail(response, ['message']);
    if (signal.aborted) return timedOut();
    // Text that holds the token is not passed on, not even redacted: it may hold more of it.
    const shown = detail && !detail.includes(this.options.token) ? `: ${detail}` : '';
    return new RestApiError('http', `Miro answered GET ${path} with HTTP ${status}${shown}`);
  }

  private timeoutError(path: string): RestApiError {
    return new RestApiError(
      'timeout',
      `Miro did not answer GET ${path} within ${seconds(this.budget.timeoutMs)} (--timeout)`,
    );
  }

  private deadlineError(path: string): RestApiError {
    return new RestApiError(
      'deadline',
      `Reading board ${this.options.boardId} took longer than the --deadline of ${seconds(this.budget.deadlineMs)}; stopped at GET ${path}`,
    );
  }

  private textOf(error: unknown): string {
    return errorText(error, [this.options.token]);
  }
}
