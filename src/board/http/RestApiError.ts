export type RestApiErrorReason =
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'rateLimited'
  | 'http'
  | 'network'
  | 'timeout'
  | 'deadline'
  | 'tooLarge'
  | 'badBoardId'
  | 'badFileKey'
  | 'invalidResponse';

/** A request to a board's REST API (Miro's, Figma's) failed; `message` is one line fit to show. */
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
