import { DraftError } from '../app/insertMap.ts';
import { messageOf } from '../board/messageOf.ts';
import { BoardError } from '../board/port.ts';

/**
 * A failure in words fit for the panel; errors of our own already carry such words. `failure`
 * says what did not happen, for errors that do not.
 */
export function errorMessage(error: unknown, failure = 'The map could not be inserted'): string {
  if (error instanceof DraftError || error instanceof BoardError) return error.message;
  const message = messageOf(error);
  return message ? `${failure}: ${message}` : `${failure}.`;
}
