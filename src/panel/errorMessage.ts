import { DraftError } from '../app/insertMap.ts';
import { messageOf } from '../board/messageOf.ts';
import { BoardError } from '../board/port.ts';

/** A failure in words fit for the panel; errors of our own already carry such words. */
export function errorMessage(error: unknown): string {
  if (error instanceof DraftError || error instanceof BoardError) return error.message;
  const message = messageOf(error);
  return message ? `The map could not be inserted: ${message}` : 'The map could not be inserted.';
}
