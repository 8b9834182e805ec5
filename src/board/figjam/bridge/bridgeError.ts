import { messageOf } from '../../messageOf.ts';
import { BoardError } from '../../port.ts';
import type { BridgeErrorData } from './bridgeMessages.schema.ts';

const REASONS: readonly string[] = ['rateLimited', 'rejected', 'failed'];

/** A thrown error as data: a BoardError keeps its reason, anything else is 'failed'. */
export function errorToData(error: unknown): BridgeErrorData {
  const message = messageOf(error) ?? 'The board call failed.';
  if (
    error instanceof BoardError ||
    (typeof error === 'object' &&
      error !== null &&
      'name' in error &&
      error.name === 'BoardError' &&
      'reason' in error &&
      typeof error.reason === 'string' &&
      REASONS.includes(error.reason))
  ) {
    return { reason: (error as BoardError).reason, message };
  }
  return { reason: 'failed', message };
}

export function errorFromData(data: BridgeErrorData): BoardError {
  return new BoardError(data.reason, data.message);
}
