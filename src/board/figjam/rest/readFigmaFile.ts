import type { SnapshotRead } from '../../../core/snapshot/BoardSnapshot.ts';
import { parseJsonText } from '../../../core/validation/parseJsonText.ts';
import { errorDetail } from '../../http/errorDetail.ts';
import { readBodyBytes } from '../../http/readBodyBytes.ts';
import {
  DEFAULT_DEADLINE_MS,
  DEFAULT_TIMEOUT_MS,
  RequestBudget,
  seconds,
} from '../../http/RequestBudget.ts';
import { RestApiError } from '../../http/RestApiError.ts';
import { retryAfterMs } from '../../http/retryAfter.ts';
import { errorText } from '../../http/withoutSecrets.ts';
import { decodeUtf8 } from '../../rest/decodeUtf8.ts';
import { parseFigmaFile } from './figmaFileToSnapshot.ts';

export const FIGMA_API_BASE = 'https://api.figma.com';
/** The largest answer read for one file: 256 MiB, well below the longest string Node holds. */
export const MAX_FIGMA_FILE_BYTES = 256 * 1024 * 1024;

export type FigmaFileReaderOptions = {
  token: string;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  /** Milliseconds since the epoch. */
  now: () => number;
  /** Default `https://api.figma.com`; tests point it at a local server. */
  baseUrl?: string;
  /** How many times the request is sent before rate limiting (429) counts as failure. */
  maxAttempts?: number;
  /** Milliseconds one request may take, from sending it to the end of its body. */
  timeoutMs?: number;
  /** Milliseconds all requests and waits together may take. */
  deadlineMs?: number;
  /** Default `MAX_FIGMA_FILE_BYTES`. */
  maxBytes?: number;
};

/** Why `key` cannot be a Figma file key, or `undefined` when it can: letters and digits only. */
export function figmaFileKeyProblem(key: string): string | undefined {
  if (key === '') return 'it is empty';
  if (!/^[A-Za-z0-9]+$/.test(key)) return 'it may hold only letters and digits';
  return undefined;
}

/**
 * Reads FigJam file `key` live, `GET /v1/files/:key?plugin_data=shared` with the token as
 * `X-Figma-Token`, as `parseFigmaFile` reads a saved one: its nesting checked before the schema,
 * a design file refused. The request ends within its timeout, waits after 429 (`Retry-After`
 * seconds) within the deadline, the answer within `maxBytes`, or it fails; no message holds
 * the token.
 */
export async function readFigmaFile(
  key: string,
  options: FigmaFileReaderOptions,
): Promise<SnapshotRead> {
  const problem = figmaFileKeyProblem(key);
  if (problem !== undefined)
    throw new RestApiError('badFileKey', `${JSON.stringify(key)} is not a file key: ${problem}`);
  const reader = new FigmaFileRequest(key, options);
  const bytes = await reader.get();
  const { text, warning } = decodeUtf8(bytes, `Figma's answer for file ${key}`);
  const json = parseJsonText(text, `Figma's answer for file ${key}`);
  if (!json.ok)
    throw new RestApiError('invalidResponse', json.error.message, { cause: json.error });
  const read = parseFigmaFile(json.value);
  if (!read.ok)
    throw new RestApiError('invalidResponse', `File ${key}: ${read.error.message}`, {
      cause: read.error,
    });
  const { snapshot, warnings } = read.value;
  return { snapshot, warnings: [...(warning ? [warning] : []), ...read.warnings, ...warnings] };
}

class FigmaFileRequest {
  private readonly baseUrl: string;
  private readonly path: string;
  private readonly budget: RequestBudget;

  constructor(
    private readonly key: string,
    private readonly options: FigmaFileReaderOptions,
  ) {
    this.baseUrl = (options.baseUrl ?? FIGMA_API_BASE).replace(/\/+$/, '');
    this.path = `/v1/files/${key}`;
    this.budget = new RequestBudget(
      options.now,
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      options.deadlineMs ?? DEFAULT_DEADLINE_MS,
    );
  }

  async get(): Promise<Uint8Array> {
    const url = `${this.baseUrl}${this.path}?plugin_data=shared`;
    const maxAttempts = this.options.maxAttempts ?? 5;
    const maxBytes = this.options.maxBytes ?? MAX_FIGMA_FILE_BYTES;
    for (let attempt = 1; ; attempt++) {
      const request = this.budget.nextRequest();
      if (!request) throw this.deadlineError();
      const { signal, byDeadline } = request;
      const timedOut = () => (byDeadline ? this.deadlineError() : this.timeoutError());
      const response = await this.send(url, signal, timedOut);
      if (response.status === 429 && attempt < maxAttempts) {
        await response.body?.cancel().catch(() => undefined);
        await this.options.sleep(this.waitAfter429(response, attempt));
        continue;
      }
      if (!response.ok) throw await this.httpError(response, attempt, signal, timedOut);
      let bytes: Uint8Array | undefined;
      try {
        bytes = await readBodyBytes(response, maxBytes);
      } catch (error) {
        if (signal.aborted) throw timedOut();
        throw new RestApiError(
          'network',
          `Figma's answer to GET ${this.path} broke off: ${this.textOf(error)}`,
          { cause: error },
        );
      }
      if (bytes === undefined)
        throw new RestApiError(
          'tooLarge',
          `Figma's answer for file ${this.key} is larger than ${megabytes(maxBytes)}, the most this reads; stopped`,
        );
      return bytes;
    }
  }

  private async send(
    url: string,
    signal: AbortSignal,
    timedOut: () => RestApiError,
  ): Promise<Response> {
    try {
      return await this.options.fetch(url, {
        headers: { 'X-Figma-Token': this.options.token, Accept: 'application/json' },
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

  /** `Retry-After` (seconds or a date), or a backoff without one; a wait past the deadline fails now. */
  private waitAfter429(response: Response, attempt: number): number {
    const asked = retryAfterMs(response.headers.get('Retry-After'), this.options.now());
    const decision = this.budget.retryWait(asked, attempt);
    if ('wait' in decision) return decision.wait;
    if ('askedPastDeadline' in decision)
      throw new RestApiError(
        'rateLimited',
        `Figma is rate limiting (429) GET ${this.path} for ${seconds(decision.askedPastDeadline)} (Retry-After), past the --deadline of ${seconds(this.budget.deadlineMs)}; try again then`,
      );
    throw this.deadlineError();
  }

  private async httpError(
    response: Response,
    attempts: number,
    signal: AbortSignal,
    timedOut: () => RestApiError,
  ): Promise<RestApiError> {
    const { status } = response;
    if ([401, 403, 404, 429].includes(status)) await response.body?.cancel().catch(() => undefined);
    switch (status) {
      case 401:
      case 403:
        return new RestApiError(
          status === 401 ? 'unauthorized' : 'forbidden',
          `The access token may not read Figma file ${this.key} (${status}): check FIGMA_ACCESS_TOKEN; it needs the file_content:read scope and access to the file`,
        );
      case 404:
        return new RestApiError('notFound', `Figma file ${this.key} not found (404)`);
      case 429:
        return new RestApiError(
          'rateLimited',
          `Figma is still rate limiting (429) after ${attempts} attempts at GET ${this.path}; try again in a minute`,
        );
    }
    const detail = await errorDetail(response, ['err', 'message']);
    if (signal.aborted) return timedOut();
    // Text that holds the token is not passed on, not even redacted: it may hold more of it.
    const shown = detail && !detail.includes(this.options.token) ? `: ${detail}` : '';
    return new RestApiError('http', `Figma answered GET ${this.path} with HTTP ${status}${shown}`);
  }

  private timeoutError(): RestApiError {
    return new RestApiError(
      'timeout',
      `Figma did not answer GET ${this.path} within ${seconds(this.budget.timeoutMs)} (--timeout)`,
    );
  }

  private deadlineError(): RestApiError {
    return new RestApiError(
      'deadline',
      `Reading Figma file ${this.key} took longer than the --deadline of ${seconds(this.budget.deadlineMs)}; stopped at GET ${this.path}`,
    );
  }

  private textOf(error: unknown): string {
    return errorText(error, [this.options.token]);
  }
}

/** `256 MiB`, or `16 bytes` below a mebibyte. */
function megabytes(bytes: number): string {
  const mebibytes = bytes / (1024 * 1024);
  return mebibytes >= 1 ? `${Number(mebibytes.toFixed(1))} MiB` : `${bytes} bytes`;
}
